// The values shell completion offers for an option or argument. Our parsers accept aliases and
// answer typos with "did you mean", so commander's own .choices() would be too strict; this only
// records what to offer. Options without an entry still complete by name.
import type { Argument, Command, Option } from 'commander';

const OFFERED = new WeakMap<Option | Argument, readonly string[]>();
// Values a command offers for an option it inherits (check's --format offers more formats).
const OFFERED_BY_COMMAND = new WeakMap<Command, Map<Option, readonly string[]>>();

/**
 * `offerValues(command, { '--region': REGIONS, shell: SHELLS })`: keys are flags or argument names.
 * A flag may be an ancestor's (a global option): the values then apply on this command only.
 */
export function offerValues<C extends Command>(command: C, values: Record<string, readonly string[]>): C {
  for (const [key, list] of Object.entries(values)) {
    const target = key.startsWith('-')
      ? findOption(command, key)
      : command.registeredArguments.find((argument) => argument.name() === key);
    // A programming slip, caught by the completion tests rather than by users.
    if (!target) throw new Error(`offerValues: '${command.name()}' has no option or argument '${key}'`);
    if ('long' in target && !command.options.includes(target)) {
      const own = OFFERED_BY_COMMAND.get(command) ?? new Map<Option, readonly string[]>();
      OFFERED_BY_COMMAND.set(command, own.set(target, list));
    } else {
      OFFERED.set(target, list);
    }
  }
  return command;
}

/** The command's own option, else the nearest ancestor's. */
function findOption(command: Command, flag: string): Option | undefined {
  for (let at: Command | null = command; at; at = at.parent) {
    const option = at.options.find((o) => o.long === flag || o.short === flag);
    if (option) return option;
  }
  return undefined;
}

/** What to offer for an option or argument; `command` is where it is being completed. */
export function offeredValues(target: Option | Argument, command?: Command): readonly string[] | undefined {
  for (let at: Command | null | undefined = command; at; at = at.parent) {
    const own = OFFERED_BY_COMMAND.get(at)?.get(target as Option);
    if (own) return own;
  }
  return OFFERED.get(target) ?? target.argChoices;
}
