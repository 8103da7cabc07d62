// The fish completion script: a walker that finds the command path under the cursor (skipping
// option values), and one `complete` line per command, option and operand of the command tree.
import { allCommands, type CommandSpec, type OptionSpec, type ValueHint } from './tree.js';

/** Single-quoted for fish (backslash and quote are the only escapes inside). */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function valueFlags(hint: ValueHint): string {
  switch (hint.kind) {
    case 'choices': return `-x -a ${quote(hint.values.join(' '))}`;
    case 'file': return '-r -F';
    case 'directory': return `-x -a ${quote('(__fish_complete_directories)')}`;
    case 'any': return '-x';
  }
}

function optionLine(program: string, condition: string, option: OptionSpec): string {
  const names = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`));
  const value = option.value ? ` ${valueFlags(option.value)}` : '';
  return `complete -c ${program} -n ${condition} ${names.join(' ')}${value} -d ${quote(option.description)}`;
}

function commandLines(program: string, fn: string, command: CommandSpec): string[] {
  const path = command.path.join(' ');
  const here = quote(`${fn}_at ${quote(path)}`);
  const lines = [`# ${path === '' ? program : `${program} ${path}`}`];
  for (const sub of command.subcommands) {
    lines.push(`complete -c ${program} -n ${quote(`${fn}_expects_command ${quote(path)}`)} -a ${quote(sub.name)} -d ${quote(sub.description)}`);
  }
  for (const option of command.options) lines.push(optionLine(program, here, option));
  for (const argument of command.arguments) {
    const flags = argument.value.kind === 'file' ? '-F' : argument.value.kind === 'any' ? '' : valueFlags(argument.value);
    if (flags !== '') lines.push(`complete -c ${program} -n ${here} ${flags}`);
  }
  return lines;
}

function caseLines(entries: [key: string, body: string][]): string {
  return entries.map(([key, body]) => `        case ${quote(key)}\n            ${body}`).join('\n');
}

export function fishScript(root: CommandSpec): string {
  const program = root.name;
  const fn = `__${program.replace(/\W/g, '_')}`;
  const commands = allCommands(root);
  const subcommands = caseLines(commands.filter((c) => c.subcommands.length > 0).map((c) => [c.path.join(' '), `printf '%s\\n' ${c.subcommands.map((s) => quote(s.name)).join(' ')}`]));
  const valueOptions = caseLines(commands.map((c) => [c.path.join(' '), `printf '%s\\n' ${c.options.filter((o) => o.value).flatMap((o) => o.flags).map(quote).join(' ') || "''"}`]));
  return `# fish completion for ${program}, generated from its commands by \`${program} completion fish\`.
# Install: ${program} completion fish > ~/.config/fish/completions/${program}.fish

function ${fn}_subcommands --argument-names path
    switch $path
${subcommands}
    end
end

function ${fn}_value_options --argument-names path
    switch $path
${valueOptions}
    end
end

# Prints the command path under the cursor, then how many operands follow it.
function ${fn}_walk
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l path ''
    set -l operands 0
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*' $token
            if not string match -q -- '*=*' $token; and contains -- $token (${fn}_value_options $path)
                set skip 1
            end
        else if test $operands = 0; and contains -- $token (${fn}_subcommands $path)
            set path (string trim -- "$path $token")
        else
            set operands (math $operands + 1)
        end
    end
    printf '%s\\n' $path $operands
end

function ${fn}_at --argument-names path
    set -l walk (${fn}_walk)
    test "$walk[1]" = "$path"
end

function ${fn}_expects_command --argument-names path
    set -l walk (${fn}_walk)
    test "$walk[1]" = "$path"; and test "$walk[2]" = 0
end

complete -c ${program} -f
${commands.map((command) => commandLines(program, fn, command).join('\n')).join('\n\n')}
`;
}
