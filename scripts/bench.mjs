#!/usr/bin/env node
// npm run bench [-- --runs N] [--json] [--check]
// Times whole border-facts processes against bare `node -e 0`, interleaved in the same run, and
// prints the median wall time, the ratio to bare Node and peak memory of each command.
// It builds nothing: run `npm run build` (or `npm install`) first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, json: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } } });
const runs = Math.max(10, Number(values.runs));
const bin = fileURLToPath(new URL('../bin/border-facts.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const MIB = 1024 * 1024;
const COMMANDS = [
  { args: ['encounters', '--month', 'nov', '--json'], budget: 1.5 },
  { args: ['encounters', '--month', '2023-11', '--region', 'nationwide', '--by', 'citizenship', '--json'], budget: 2 },
  { args: ['seizures', '--month', '2023-11', '--compare', 'previous-month', '--json'], budget: 2 },
  { args: ['meeting', '--json'], budget: 2 },
  { args: ['check', '--format', 'json', '--fail-on', 'never'], budget: 2 },
  { args: ['trace', '483404', '--json'], budget: 2 },
  { args: ['--help'], budget: 2 },
];
const MEMORY_BUDGET_MIB = 100;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
// Only the user's environment matters for the run; keep the user's imported dataset out of it.
const env = { ...process.env, XDG_DATA_HOME: '/nonexistent-border-facts-bench', NO_COLOR: '1' };

/** One whole process: wall time in ms and peak resident memory in bytes (when /usr/bin/time exists). */
function runOnce(argv) {
  const command = TIME ? TIME : process.execPath;
  const args = TIME ? ['-f', '%M', process.execPath, ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * MIB });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kib = TIME ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, peak: Number.isFinite(kib) ? kib * 1024 : null, status: result.status };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const baseline = [];
const samples = COMMANDS.map(() => ({ ms: [], peak: [], status: 0 }));
for (let i = 0; i < runs; i++) {
  // Interleave: bare node, then each command, so drift in machine load hits all alike.
  baseline.push(runOnce(['-e', '0']).ms);
  COMMANDS.forEach((command, j) => {
    const run = runOnce([bin, ...command.args]);
    samples[j].ms.push(run.ms);
    if (run.peak !== null) samples[j].peak.push(run.peak);
    if (run.status !== 0) samples[j].status = run.status;
  });
}

const nodeMs = median(baseline);
const results = COMMANDS.map((command, j) => {
  const ms = median(samples[j].ms);
  const peakMiB = samples[j].peak.length ? Math.max(...samples[j].peak) / MIB : null;
  const ratio = ms / nodeMs;
  const available = samples[j].status === 0;
  return {
    command: `border-facts ${command.args.join(' ')}`,
    medianMs: Number(ms.toFixed(1)),
    ratio: Number(ratio.toFixed(2)),
    budget: command.budget,
    peakMiB: peakMiB === null ? null : Number(peakMiB.toFixed(1)),
    exitStatus: samples[j].status,
    withinBudget: available && ratio <= command.budget && (peakMiB === null || peakMiB < MEMORY_BUDGET_MIB),
  };
});
const report = { machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' }, runs, nodeMedianMs: Number(nodeMs.toFixed(1)), memoryBudgetMiB: MEMORY_BUDGET_MIB, results };

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`node ${process.version}, ${cpus().length} × ${report.machine.cpuModel}; ${runs} runs each, interleaved`);
  console.log(`bare node -e 0: median ${nodeMs.toFixed(1)} ms\n`);
  const rows = results.map((r) => [r.command, `${r.medianMs.toFixed(1)} ms`, `${r.ratio.toFixed(2)}×`, `≤ ${r.budget}×`, r.peakMiB === null ? 'n/a' : `${r.peakMiB.toFixed(1)} MiB`, r.exitStatus !== 0 ? `exit ${r.exitStatus}` : r.withinBudget ? 'ok' : 'OVER BUDGET']);
  const head = ['command', 'median', 'ratio', 'budget', 'peak memory', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  for (const row of [head, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}
if (values.check && results.some((r) => !r.withinBudget)) process.exitCode = 1;
