// `border-facts meeting`: the December 27, 2023 meeting, its people, outcomes and timeline.
// This file declares the command; meeting-run.ts builds its views.
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { commandContext } from '../shared/context.js';
import { addExamples } from '../shared/help.js';

export interface MeetingOptions {
  timeline?: boolean;
  participants?: boolean;
  sources?: boolean;
}

export function configureMeetingCommand(program: Command, io: CommandIO): void {
  const command = program
    .command('meeting')
    .summary('the December 27, 2023 meeting: people, outcomes, timeline')
    .description("The December 27, 2023 meeting of U.S. officials with Mexico's president, and the dated events from May 2023 to January 2024, every fact with its numbered sources. Tables are drawn as a card that wraps to the terminal; tsv, csv, json and ndjson give one fact a row, with source numbers and URLs.")
    .option('--timeline', 'the dated events from May 2023 to January 2024')
    .option('--participants', 'who took part, by side, with their roles')
    .option('--sources', 'the numbered list of sources, with titles and URLs');
  addExamples(command, [
    ['border-facts meeting', 'date, place, who by side, purpose, outcomes'],
    ['border-facts meeting --timeline', 'the dated events, May 2023 to January 2024'],
    ["border-facts meeting --timeline --json | jq -r '.rows[] | .date+\" \"+.title'", 'the timeline as lines of text, for a script'],
  ]);
  command.action(async (options: MeetingOptions, cmd: Command) => {
    // The views load only when meeting runs.
    const { runMeeting } = await import('./run.js');
    await runMeeting(options, commandContext(cmd, io));
  });
}
