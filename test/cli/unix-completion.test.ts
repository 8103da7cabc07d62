// `border-facts completion bash|zsh|fish`: scripts generated from the command tree, checked by
// the shells themselves (zsh and fish only where installed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/** The top-level commands, in the order `border-facts --help` lists them. */
const COMMANDS = (() => {
  const help = runCli(['--help']).stdout.split('\n');
  const start = help.indexOf('Commands:');
  const end = help.indexOf('', start);
  return help.slice(start + 1, end).filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/\s+/)[0]!);
})();

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'border-facts-completion-'));
  for (const shell of ['bash', 'zsh', 'fish']) writeFileSync(join(dir, `script.${shell}`), runCli(['completion', shell]).stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash completion offers for the words typed so far (the last one is being completed). */
function bashOffers(...words: string[]): string[] {
  const script = `source ${join(dir, 'script.bash')}
COMP_WORDS=(${['border-facts', ...words].map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length}
_border_facts; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: dir });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter((line) => line !== '');
}

/** The long options a command's --help lists (its own and the global ones). */
function helpOptions(path: string[]): string[] {
  return [...runCli([...path, '--help']).stdout.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
}

describe('completion scripts', () => {
  it('prints a script for each shell, and refuses other shells (exit 2)', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const run = runCli(['completion', shell]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`generated from its commands by \`border-facts completion ${shell}\``);
    }
    const bad = runCli(['completion', 'powershell']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("border-facts: completion: 'powershell' is not one of bash, zsh, fish\n");
  });

  it('bash: valid syntax; completes commands, every option --help lists, and offered values', () => {
    expect(spawnSync('bash', ['-n', join(dir, 'script.bash')]).status).toBe(0);
    expect(bashOffers('')).toEqual(COMMANDS);
    expect(bashOffers('enc')).toEqual(['encounters']);
    for (const path of [[], ['encounters'], ['sources'], ['completion']]) {
      expect(bashOffers(...path, '--'), path.join(' ')).toEqual(expect.arrayContaining(helpOptions(path)));
    }
    expect(bashOffers('encounters', '--region', '')).toEqual(['southwest', 'northern', 'other', 'nationwide', 'sw', 'all', 'north']);
    expect(bashOffers('encounters', '--by', 'c')).toEqual(['component', 'citizenship']);
    expect(bashOffers('encounters', '--month', 'n')).toEqual(['nov']);
    expect(bashOffers('--format', '=', 'nd')).toEqual(['ndjson']);
    expect(bashOffers('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(bashOffers('help', 'so')).toEqual(['sources']);
    // Option values are skipped when finding the command ("/tmp" belongs to --data-dir) ...
    expect(bashOffers('--data-dir', '/tmp', 'encounters', '--ch')).toEqual(['--chart']);
    // ... and a word after an option that takes a value is that value, not a command.
    expect(bashOffers('--format', 'encounters', 'sou')).toEqual(['sources']);
    // --data-dir offers directories only (the scripts beside it are files).
    mkdirSync(join(dir, 'scripts-data'));
    expect(bashOffers('--data-dir', 'scr')).toEqual(['scripts-data']);
  });

  it.skipIf(!has('zsh'))('zsh: valid syntax, one function per command', () => {
    expect(spawnSync('zsh', ['-n', join(dir, 'script.zsh')]).status).toBe(0);
    const script = runCli(['completion', 'zsh']).stdout;
    expect(script.startsWith('#compdef border-facts\n')).toBe(true);
    for (const name of ['_border_facts()', '_border_facts_encounters()', '_border_facts_sources()', '_border_facts_completion()']) expect(script).toContain(name);
    expect(script).toContain("'--region=[southwest (sw), northern, other or nationwide (all)]:region:(southwest northern other nationwide sw all north)'");
  });

  it.skipIf(!has('fish'))('fish: valid syntax; completes commands, options and values (complete -C)', () => {
    expect(spawnSync('fish', ['-n', join(dir, 'script.fish')]).status).toBe(0);
    const offers = (line: string) => {
      const run = spawnSync('fish', ['-c', `source ${join(dir, 'script.fish')}; complete -C '${line}'`], { encoding: 'utf8' });
      return run.stdout.split('\n').filter(Boolean).map((entry) => entry.split('\t')[0]);
    };
    expect(offers('border-facts ').sort()).toEqual([...COMMANDS].sort());
    expect(offers('border-facts encounters --reg')).toEqual(['--region']);
    expect(offers('border-facts encounters --region s').sort()).toEqual(['southwest', 'sw']);
    expect(offers('border-facts --format js')).toEqual(['json']);
    expect(offers('border-facts completion ').sort()).toEqual(['bash', 'fish', 'zsh']);
  });
});
