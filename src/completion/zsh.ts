// The zsh completion script: one _arguments function per command, generated from the command
// tree; a command with subcommands describes them and hands the rest of the line to the child.
import { allCommands, type ArgumentSpec, type CommandSpec, type OptionSpec, type ValueHint } from './tree.js';

/** Single-quoted for zsh. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Text inside an _arguments [description] or a _describe entry. */
function describe(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([[\]:])/g, '\\$1');
}

function action(hint: ValueHint): string {
  switch (hint.kind) {
    case 'choices': return `(${hint.values.join(' ')})`;
    case 'file': return '_files';
    case 'directory': return '_files -/';
    case 'any': return ' ';
  }
}

function optionSpecs(option: OptionSpec): string[] {
  return option.flags.map((flag) => {
    const head = `${flag}${option.value && flag.startsWith('--') ? '=' : ''}[${describe(option.description)}]`;
    return quote(option.value ? `${head}:${describe(option.value.name)}:${action(option.value)}` : head);
  });
}

function argumentSpec(argument: ArgumentSpec, index: number): string {
  const position = argument.variadic ? '*' : String(index + 1);
  return quote(`${position}:${describe(argument.name)}:${action(argument.value)}`);
}

function functionName(root: CommandSpec, command: CommandSpec): string {
  return ['', root.name, ...command.path].map((part) => part.replace(/\W/g, '_')).join('_');
}

function commandFunction(root: CommandSpec, command: CommandSpec): string {
  const name = functionName(root, command);
  const specs = command.options.flatMap(optionSpecs);
  if (command.subcommands.length === 0) {
    specs.push(...command.arguments.map(argumentSpec));
    return `${name}() {\n  _arguments -s \\\n    ${specs.join(' \\\n    ')}\n}`;
  }
  const entries = command.subcommands.map((sub) => quote(`${sub.name.replace(/:/g, '\\:')}:${sub.description}`));
  const dispatch = command.subcommands.map((sub) => `        ${quote(sub.name)}) ${functionName(root, sub)} ;;`);
  return `${name}() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  _arguments -C -s \\
    ${[...specs, quote('1: :->command'), quote('*:: :->argument')].join(' \\\n    ')}
  case $state in
    command)
      local -a commands
      commands=(
        ${entries.join('\n        ')}
      )
      _describe -t commands ${quote(`${[root.name, ...command.path].join(' ')} command`)} commands
      ;;
    argument)
      case $line[1] in
${dispatch.join('\n')}
      esac
      ;;
  esac
}`;
}

export function zshScript(root: CommandSpec): string {
  const top = functionName(root, root);
  return `#compdef ${root.name}
# zsh completion for ${root.name}, generated from its commands by \`${root.name} completion zsh\`.
# Install: ${root.name} completion zsh > "\${fpath[1]}/_${root.name}"   (then restart zsh)
#      or: echo 'source <(${root.name} completion zsh)' >> ~/.zshrc   (after compinit)

${allCommands(root).map((command) => commandFunction(root, command)).join('\n\n')}

# Autoloaded from $fpath, the file is the function's body; sourced, it registers itself.
if [ "$funcstack[1]" = ${quote(top)} ]; then
  ${top} "$@"
else
  compdef ${top} ${root.name}
fi
`;
}
