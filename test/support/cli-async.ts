// The built binary run without blocking the test's event loop: needed when the test process
// itself serves what the binary fetches (the stand-in for cbp.gov, the proxy).
import { spawn } from 'node:child_process';
import { BIN, testEnv, type CliRun } from './cli.js';
import { bfCommand } from './unix.js';

type Env = Record<string, string | undefined>;

export function runCliAsync(args: readonly string[], env: Env = {}): Promise<CliRun> {
  return collect(spawn(process.execPath, [BIN, ...args], { env: testEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** On a pseudo-terminal (script(1)), as runOnTerminal does, but without blocking: stdout and stderr arrive merged. */
export function runOnTerminalAsync(args: readonly string[], env: Env = {}): Promise<CliRun> {
  const inner = `stty cols 100 rows 50; ${bfCommand(args)}`;
  return collect(spawn('script', ['-qefc', inner, '/dev/null'], { env: testEnv({ TERM: 'xterm-256color', ...env }), stdio: ['pipe', 'pipe', 'pipe'] }))
    .then((run) => ({ ...run, stdout: run.stdout.replace(/\r\n/g, '\n') }));
}

function collect(child: ReturnType<typeof spawn>): Promise<CliRun> {
  child.stdin?.end();
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
  });
}
