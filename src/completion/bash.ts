// The bash completion script: lookup functions generated from the command tree, and one walker
// that finds which command the cursor is in (skipping option values) and what to offer there.
import { allCommands, type ArgumentSpec, type CommandSpec, type ValueHint } from './tree.js';

/** Single-quoted for bash. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function offer(hint: ValueHint): string {
  switch (hint.kind) {
    case 'choices': return `COMPREPLY=($(compgen -W ${quote(hint.values.join(' '))} -- "$cur"))`;
    case 'file': return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))';
    case 'directory': return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur"))';
    case 'any': return 'COMPREPLY=()';
  }
}

function caseFunction(name: string, comment: string, entries: [patterns: string[], body: string][], fallback: string): string {
  const lines = [`# ${comment}`, `${name}() {`, '  case "$1" in'];
  for (const [patterns, body] of entries) if (patterns.length > 0) lines.push(`    ${patterns.join('|')}) ${body} ;;`);
  lines.push(`    *) ${fallback} ;;`, '  esac', '}');
  return lines.join('\n');
}

/** `'data import|3'`-style case patterns for the n-th operand of a command. */
function operandEntries(command: CommandSpec): [string[], string][] {
  const key = command.path.join(' ');
  return command.arguments.map((argument: ArgumentSpec, index) => {
    const pattern = argument.variadic ? `${quote(`${key}|`)}*` : quote(`${key}|${index}`);
    return [[pattern], offer(argument.value)];
  });
}

export function bashScript(root: CommandSpec): string {
  const fn = `_${root.name.replace(/\W/g, '_')}`;
  const commands = allCommands(root);
  const subcommands = caseFunction(`${fn}_subcommands`, 'The subcommands of a command path.',
    commands.filter((c) => c.subcommands.length > 0).map((c) => [[quote(c.path.join(' '))], `echo ${quote(c.subcommands.map((s) => s.name).join(' '))}`]), ':');
  const options = caseFunction(`${fn}_options`, 'The options a command path accepts.',
    commands.map((c) => [[quote(c.path.join(' '))], `echo ${quote(c.options.flatMap((o) => o.flags).join(' '))}`]), ':');
  const takesValue = caseFunction(`${fn}_takes_value`, 'Succeeds when "$1" (path|option) takes a value.',
    [[commands.flatMap((c) => c.options.filter((o) => o.value).flatMap((o) => o.flags.map((flag) => quote(`${c.path.join(' ')}|${flag}`)))), 'return 0']], 'return 1');
  const values = caseFunction(`${fn}_values`, 'Offers the values for "$1" (path|option).',
    commands.flatMap((c) => c.options.filter((o) => o.value && o.value.kind !== 'any').map((o) => [o.flags.map((flag) => quote(`${c.path.join(' ')}|${flag}`)), offer(o.value!)] as [string[], string])), 'COMPREPLY=()');
  const operands = caseFunction(`${fn}_operands`, 'Offers the operands for "$1" (path|how many operands came before).',
    commands.flatMap(operandEntries), 'COMPREPLY=()');
  // The walker passes "path|option" and "path|n" as one word so the case patterns above match it.
  return `# bash completion for ${root.name}, generated from its commands by \`${root.name} completion bash\`.
# Install: ${root.name} completion bash > ~/.local/share/bash-completion/completions/${root.name}
#      or: echo 'source <(${root.name} completion bash)' >> ~/.bashrc

${subcommands}

${options}

${takesValue}

${values}

${operands}

${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path='' option='' operands=0 word i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if [[ $word == -* ]]; then
      if [[ $word != *=* ]] && ${fn}_takes_value "$path|$word"; then
        # COMP_WORDBREAKS splits --format=json into --format, =, json.
        if ((i + 1 < COMP_CWORD)) && [[ \${COMP_WORDS[i+1]} == = ]]; then ((i++)); fi
        if ((i + 1 == COMP_CWORD)); then option=$word; break; fi
        ((i++))
      fi
    elif ((operands == 0)) && [[ " $(${fn}_subcommands "$path") " == *" $word "* ]]; then
      path="\${path:+$path }$word"
    else
      ((operands++))
    fi
  done
  [[ $cur == = ]] && cur=''
  COMPREPLY=()
  if [[ -n $option ]]; then
    ${fn}_values "$path|$option"
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(${fn}_options "$path")" -- "$cur"))
  else
    ${fn}_operands "$path|$operands"
    if ((operands == 0)); then
      COMPREPLY+=($(compgen -W "$(${fn}_subcommands "$path")" -- "$cur"))
    fi
  fi
}

complete -F ${fn} ${root.name}
`;
}
