// The values shell completion offers for an option or argument. Our parsers accept aliases and
// answer typos with "did you mean", so commander's own .choices() would be too strict; this only
// records what to offer. Options without an entry still complete by name.
import type { Argument, Command, Option } from 'commander';

const OFFERED = new WeakMap<Option | Argument, readonly string[]>();

/** `offerValues(command, { '--region': REGIONS, shell: SHELLS })`: keys are flags or argument names. */
export function offerValues<C extends Command>(command: C, values: Record<string, readonly string[]>): C {
  for (const [key, list] of Object.entries(values)) {
    const target = key.startsWith('-')
      ? command.options.find((option) => option.long === key || option.short === key)
      : command.registeredArguments.find((argument) => argument.name() === key);
    // A programming slip, caught by the completion tests rather than by users.
    if (!target) throw new Error(`offerValues: '${command.name()}' has no option or argument '${key}'`);
    OFFERED.set(target, list);
  }
  return command;
}

export function offeredValues(target: Option | Argument): readonly string[] | undefined {
  return OFFERED.get(target) ?? target.argChoices;
}
