// The completion scripts are generated from the live command tree, so a command added later (here a
// nested `data import` and a `check` with choices, as other branches add them) is completed too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { offeredValues, offerValues } from '../../src/commands/shared/offered-values.js';
import { completionScript } from '../../src/completion/script.js';
import { allCommands, completionTree } from '../../src/completion/tree.js';

/** A program shaped like ours (global options, a plain command, a nested group, choices), independent of which commands exist today. */
function programWithLaterCommands(): Command {
  const program = new Command('border-facts')
    .option('--json', 'print JSON')
    .option('--format <format>', 'output format')
    .option('--no-color', 'never colour')
    .option('--data-dir <dir>', 'dataset directory');
  program.command('encounters').description('CBP encounters').option('--region <region>', 'region');
  program.command('sources').description('where numbers come from');
  program.command('completion').description('completion script').argument('<shell>', 'bash, zsh or fish');
  const data = program.command('data').description('manage the dataset');
  data.command('import').description('ingest a CBP release').argument('<file>', 'the CSV').option('--into <dir>', 'dataset directory');
  program.command('check').description('recompute claims').argument('[files...]', 'claims files')
    .addOption(new Option('--fail-on <verdict>', 'worst verdict allowed').choices(['inaccurate', 'misleading', 'never']))
    .option('--claim <id>', 'one claim');
  return program;
}

function bashOffers(script: string, ...words: string[]): string[] {
  const run = spawnSync('bash', ['-c', `${script}
COMP_WORDS=(${['border-facts', ...words].map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length}
_border_facts; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  return run.stdout.split('\n').filter(Boolean);
}

describe('completion tree', () => {
  it('holds every command, nested ones included, with own and inherited options', () => {
    const tree = completionTree(programWithLaterCommands(), offeredValues);
    const paths = allCommands(tree).map((c) => c.path.join(' '));
    expect(paths).toEqual(['', 'encounters', 'sources', 'completion', 'data', 'data import', 'data help', 'check', 'help']);
    const dataImport = allCommands(tree).find((c) => c.path.join(' ') === 'data import')!;
    expect(dataImport.arguments).toEqual([{ name: 'file', variadic: false, value: { kind: 'file', name: 'file' } }]);
    const flags = dataImport.options.flatMap((o) => o.flags);
    expect(flags).toEqual(expect.arrayContaining(['--into', '-h', '--help', '--json', '--format', '--no-color', '--data-dir']));
    expect(dataImport.options.find((o) => o.flags.includes('--into'))!.value).toEqual({ kind: 'directory', name: 'dir' });
    const check = allCommands(tree).find((c) => c.path.join(' ') === 'check')!;
    expect(check.options.find((o) => o.flags.includes('--fail-on'))!.value).toEqual({ kind: 'choices', name: 'verdict', values: ['inaccurate', 'misleading', 'never'] });
    expect(check.arguments[0]).toMatchObject({ name: 'files', variadic: true, value: { kind: 'file' } });
  });

  it('bash completes the later commands: nested subcommands, choices, files, directories', () => {
    const script = completionScript('bash', programWithLaterCommands(), offeredValues);
    expect(bashOffers(script, '')).toEqual(['encounters', 'sources', 'completion', 'data', 'check', 'help']);
    expect(bashOffers(script, 'data', '')).toEqual(['import', 'help']);
    expect(bashOffers(script, 'data', 'import', '--in')).toEqual(['--into']);
    expect(bashOffers(script, 'check', '--fail-on', 'm')).toEqual(['misleading']);
    expect(bashOffers(script, '--json', 'data', 'help', '')).toEqual(['import']);
  });

  it('zsh and fish scripts name the later commands too', () => {
    const zsh = completionScript('zsh', programWithLaterCommands(), offeredValues);
    expect(zsh).toContain('_border_facts_data_import() {');
    expect(zsh).toContain("'--fail-on=[worst verdict allowed]:verdict:(inaccurate misleading never)'");
    expect(zsh).toContain("'*:files:_files'");
    const fish = completionScript('fish', programWithLaterCommands(), offeredValues);
    expect(fish).toContain("complete -c border-facts -n '__border_facts_expects_command \\'data\\'' -a 'import' -d 'ingest a CBP release'");
    expect(fish).toContain("-l fail-on -x -a 'inaccurate misleading never'");
  });

  it.skipIf(spawnSync('fish', ['-c', 'exit 0']).status !== 0)('fish walks into nested commands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'border-facts-fish-'));
    const file = join(dir, 'script.fish');
    writeFileSync(file, completionScript('fish', programWithLaterCommands(), offeredValues));
    const offers = (line: string) => spawnSync('fish', ['-c', `source ${file}; complete -C '${line}'`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((entry) => entry.split('\t')[0]);
    expect(offers('border-facts data ').sort()).toEqual(['help', 'import']);
    expect(offers('border-facts --data-dir /tmp data import --in')).toEqual(['--into']);
    expect(offers('border-facts check --fail-on n')).toEqual(['never']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a command offer its own values for an option it inherits, on that command only', () => {
    const program = programWithLaterCommands();
    offerValues(program, { '--format': ['table', 'json'] });
    offerValues(program.commands.find((c) => c.name() === 'check')!, { '--format': ['table', 'json', 'junit'] });
    const tree = completionTree(program, offeredValues);
    const formatOf = (path: string) => allCommands(tree).find((c) => c.path.join(' ') === path)!.options.find((o) => o.flags.includes('--format'))!.value;
    expect(formatOf('check')).toEqual({ kind: 'choices', name: 'format', values: ['table', 'json', 'junit'] });
    for (const path of ['', 'encounters', 'data import', 'help']) expect(formatOf(path)).toEqual({ kind: 'choices', name: 'format', values: ['table', 'json'] });
    expect(() => offerValues(program.commands[0]!, { '--nope': ['x'] })).toThrow("offerValues: 'encounters' has no option or argument '--nope'");
    const script = completionScript('bash', program, offeredValues);
    expect(bashOffers(script, 'check', '--format', 'j')).toEqual(['json', 'junit']);
    expect(bashOffers(script, 'encounters', '--format', 'j')).toEqual(['json']);
    expect(completionScript('zsh', program, offeredValues)).toContain(':format:(table json junit)');
    expect(completionScript('fish', program, offeredValues)).toContain("-l format -x -a 'table json junit'");
  });

  it('offers no value that a shell would split or expand', () => {
    const tree = completionTree(programWithLaterCommands(), (target) => ('long' in target && target.long === '--format' ? ['table', 'single adults', "it's", 'json'] : offeredValues(target)));
    expect(tree.options.find((o) => o.flags.includes('--format'))!.value).toEqual({ kind: 'choices', name: 'format', values: ['table', 'json'] });
  });
});
