// What event measures need from the events dataset; the command adapts the dataset to it.

export interface EventFactRecord {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  summary: string;
  /** What kind of event it was: joint-statement, phone-call, press-conference, meeting, … */
  form?: string;
  /** Participant ids of the people who acted in it. */
  actors?: string[];
  sourceUrls: string[];
}

export interface ParticipantRecord {
  id: string;
  name: string;
  role: string;
  side: string;
  sourceUrls: string[];
}

export interface EventSource {
  /** The data file the events come from (for the sources list). */
  file: string;
  events(): readonly EventFactRecord[];
  /** Everyone who took part in an event, or undefined when the dataset does not say. */
  participants(eventId: string): readonly ParticipantRecord[] | undefined;
  /** Every participant the dataset names (to resolve ids in claims). */
  people(): readonly ParticipantRecord[];
}
