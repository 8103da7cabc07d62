// Every exit code and the shape of every error: one line on stderr prefixed "border-facts:",
// an optional "hint:" line, nothing on stdout, never a stack trace (unless DEBUG asks for it).
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bfCommand, runShell, STACK_LINE } from '../support/unix.js';

function expectUsageError(args: string[], message: string | RegExp, hint?: string | RegExp) {
  const run = runCli(args);
  expect(run.status, args.join(' ')).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^border-facts: /);
  if (typeof message === 'string') expect(lines[0]).toBe(`border-facts: ${message}`);
  else expect(lines[0]).toMatch(message);
  if (hint === undefined) expect(lines).toHaveLength(1);
  else {
    expect(lines).toHaveLength(2);
    if (typeof hint === 'string') expect(lines[1]).toBe(`hint: ${hint}`);
    else expect(lines[1]).toMatch(hint);
  }
  expect(run.stderr).not.toMatch(STACK_LINE);
}

describe('exit 0: answers', () => {
  it('a query, --help, --version, help <command> and no arguments at all', () => {
    expect(runCli(['encounters', '--month', '2023-11']).status).toBe(0);
    for (const args of [['--help'], ['encounters', '--help'], ['help', 'encounters'], ['--version'], []]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.length).toBeGreaterThan(0);
    }
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('exit 2: usage errors, with a suggestion or a hint', () => {
  it('unknown command: did you mean', () => {
    expectUsageError(['encounterz'], "unknown command 'encounterz'; did you mean 'encounters'?");
    expectUsageError(['sorces'], "unknown command 'sorces'; did you mean 'sources'?");
  });

  it('unknown command with nothing close: the list of commands', () => {
    expectUsageError(['weather'], "unknown command 'weather'", /^hint: commands: encounters, (\w+, )*sources, (\w+, )*completion/);
  });

  it('unknown option: did you mean, or where to look', () => {
    expectUsageError(['encounters', '--mnth', 'nov'], "unknown option '--mnth'; did you mean '--month'?");
    expectUsageError(['encounters', '--colour'], "unknown option '--colour'", /^hint: see 'border-facts encounters --help'/);
    expectUsageError(['encounters', '--zzzzzz'], "unknown option '--zzzzzz'", "see 'border-facts encounters --help' for its options and examples");
  });

  it('missing option value, missing argument, extra argument', () => {
    expectUsageError(['encounters', '--month'], "option '--month <month>' argument missing", "see 'border-facts encounters --help' for its options and examples");
    expectUsageError(['completion'], "missing required argument 'shell'", "see 'border-facts completion --help' for its options and examples");
    expectUsageError(['sources', 'extra'], /^border-facts: too many arguments for 'sources'/, "see 'border-facts sources --help' for its options and examples");
  });

  it('bad values name the valid ones', () => {
    expectUsageError(['encounters', '--region', 'mars'], '--region: \'mars\' is not one of southwest, northern, other, nationwide');
    expectUsageError(['encounters', '--by', 'stat'], "--by: 'stat' is not one of month, fy, year, component, region, citizenship, demographic, state, authority, encounter-type; did you mean 'state'?");
    expectUsageError(['encounters', '--format', 'xml'], "'xml' is not a format of encounters", 'formats: table, tsv, csv, json, ndjson, svg, vega-lite');
    expectUsageError(['completion', 'bsh'], "completion: 'bsh' is not one of bash, zsh, fish; did you mean 'bash'?");
    expectUsageError(['encounters', '--month', 'novembr'], "'novembr' is not a month; did you mean 'nov'?", 'a month is nov, November, 11 (that month in every year) or 2023-11 (one month)');
  });

  it('echoes what the user typed with control characters escaped', () => {
    const run = runCli(['encounters', '--region', '\u001b[2J\u001b[31mred']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'\\x1b[2J\\x1b[31mred'");
    expect(run.stderr).not.toMatch(/\u001b/);
    const command = runCli(['\u001b]0;pwned\u0007']);
    expect(command.status).toBe(2);
    expect(command.stderr).not.toMatch(/[\u001b\u0007]/);
  });

  it('help for a command that does not exist is a usage error too', () => {
    expectUsageError(['help', 'encounterz'], "unknown command 'encounterz'; did you mean 'encounters'?", /^hint: commands: encounters, (\w+, )*sources, (\w+, )*completion/);
    expectUsageError(['--format', 'csv', 'help', 'weather'], "unknown command 'weather'", /^hint: commands: encounters, (\w+, )*sources, (\w+, )*completion/);
  });
});

describe('exit 3: data errors', () => {
  it('a dataset directory that does not exist', () => {
    const run = runCli(['encounters', '--data-dir', '/nonexistent/border-facts-data']);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('border-facts: no dataset in /nonexistent/border-facts-data: manifest.json is missing');
    expect(run.stderr.split('\n')[1]).toMatch(/^hint: restore \/nonexistent\/border-facts-data .*leave out --data-dir/);
  });
});

describe('exit 70: failures that are not the user\'s', () => {
  // A full disk is the one failure we can cause from outside: writing the output fails.
  it('one line without DEBUG; the stack with DEBUG=border-facts', () => {
    const quiet = runShell(`${bfCommand(['encounters', '--month', 'nov'])} > /dev/full`);
    expect(quiet.status).toBe(70);
    expect(quiet.stderr).toBe('border-facts: cannot write the output: ENOSPC: no space left on device, write\n');
    const debug = runShell(`${bfCommand(['encounters', '--month', 'nov'])} > /dev/full`, { DEBUG: 'border-facts' });
    expect(debug.status).toBe(70);
    expect(debug.stderr).toMatch(/^border-facts: cannot write the output: ENOSPC/);
    expect(debug.stderr).toMatch(STACK_LINE);
  });
});
