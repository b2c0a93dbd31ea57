import type { ParagraphStatus } from '@/lib/draft/types';

export const silenceStates = ['running', 'adopted', 'broken', 'cancelled'] as const;
export type SilenceState = (typeof silenceStates)[number];

/** What the paragraphs become when silence holds. */
export const silenceOutcomes = ['agreed-ad-ref', 'agreed'] as const satisfies readonly ParagraphStatus[];
export type SilenceOutcome = (typeof silenceOutcomes)[number];

export const maxStatementLength = 2_000;

export interface SilenceBreakRecord {
  delegationCode: string;
  statement: string;
  at: Date;
}

/** A procedure as the state machine sees it: plain data, the same whether read from a row or built in a test. */
export interface SilenceProcedureState {
  paragraphIds: string[];
  outcome: SilenceOutcome;
  deadline: Date;
  state: SilenceState;
  breaks: SilenceBreakRecord[];
  closedAt: Date | null;
}

export type SilenceEvent =
  | { type: 'break'; delegationCode: string; statement: string; at: Date }
  | { type: 'cancel'; at: Date }
  | { type: 'deadline'; at: Date };

/**
 * Why an event cannot be taken, in words for the person who sent it: the English sentence, and the `reason` (with
 * the values it names) by which the browser says it in the person's language (messages: refusals.reasons).
 */
export class SilenceRefusal extends Error {
  constructor(
    message: string,
    readonly reason: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'SilenceRefusal';
  }
}

export function isSilenceOutcome(value: string): value is SilenceOutcome {
  return (silenceOutcomes as readonly string[]).includes(value);
}

export function isSilenceState(value: string): value is SilenceState {
  return (silenceStates as readonly string[]).includes(value);
}

/** A new procedure; refused when it names no paragraph or its deadline is not in the future by the server clock. */
export function startSilence(input: { paragraphIds: string[]; outcome: SilenceOutcome; deadline: Date; now: Date }): SilenceProcedureState {
  const paragraphIds = [...new Set(input.paragraphIds)];
  if (paragraphIds.length === 0) throw new SilenceRefusal('Choose at least one paragraph to place under silence.', 'silence-no-paragraph');
  if (!isSilenceOutcome(input.outcome)) {
    throw new SilenceRefusal(`Unknown outcome "${String(input.outcome)}".`, 'silence-unknown-outcome', { outcome: String(input.outcome) });
  }
  if (Number.isNaN(input.deadline.getTime())) throw new SilenceRefusal('The deadline is not a valid time.', 'deadline-not-a-time');
  if (input.deadline.getTime() <= input.now.getTime()) throw new SilenceRefusal('The deadline must be in the future.', 'deadline-in-past');
  return { paragraphIds, outcome: input.outcome, deadline: input.deadline, state: 'running', breaks: [], closedAt: null };
}

/** Whether the deadline has passed by this clock: the deadline instant itself is already too late to break. */
export function isPastDeadline(procedure: Pick<SilenceProcedureState, 'deadline'>, now: Date): boolean {
  return now.getTime() >= procedure.deadline.getTime();
}

/**
 * The one transition function. A break before the deadline ends the procedure as broken at once; a break at
 * or after it is refused (the deadline reached first, whoever noticed). Reaching the deadline while running
 * adopts. Anything on a closed procedure is refused, so applying an event twice never changes the outcome.
 */
export function applySilenceEvent(procedure: SilenceProcedureState, event: SilenceEvent): SilenceProcedureState {
  if (procedure.state !== 'running') throw describeClosed(procedure.state);
  switch (event.type) {
    case 'break': {
      const statement = event.statement.trim();
      if (statement.length === 0) throw new SilenceRefusal('A statement is needed to break silence.', 'statement-needed');
      if (statement.length > maxStatementLength) {
        throw new SilenceRefusal(
          `The statement is ${statement.length} characters; at most ${maxStatementLength} are allowed.`,
          'statement-too-long',
          { length: String(statement.length), max: String(maxStatementLength) },
        );
      }
      if (isPastDeadline(procedure, event.at))
        throw new SilenceRefusal('The deadline has passed: silence can no longer be broken.', 'silence-deadline-passed');
      if (procedure.breaks.some((entry) => entry.delegationCode === event.delegationCode)) {
        throw new SilenceRefusal('Your delegation has already broken this silence.', 'silence-broken-by-own-delegation');
      }
      const breaks = [...procedure.breaks, { delegationCode: event.delegationCode, statement, at: event.at }];
      return { ...procedure, breaks, state: 'broken', closedAt: event.at };
    }
    case 'cancel':
      return { ...procedure, state: 'cancelled', closedAt: event.at };
    case 'deadline':
      if (!isPastDeadline(procedure, event.at))
        throw new SilenceRefusal('The deadline has not been reached yet.', 'silence-deadline-not-reached');
      return { ...procedure, state: 'adopted', closedAt: event.at };
  }
}

function describeClosed(state: SilenceState): SilenceRefusal {
  if (state === 'adopted')
    return new SilenceRefusal('This silence procedure has ended: the paragraphs were adopted.', 'silence-ended-adopted');
  if (state === 'broken') return new SilenceRefusal('This silence procedure has ended: silence was broken.', 'silence-ended-broken');
  return new SilenceRefusal('This silence procedure was cancelled.', 'silence-cancelled');
}

/** Paragraphs are frozen for as long as the procedure runs, and only then. */
export function isFreezing(procedure: Pick<SilenceProcedureState, 'state'>): boolean {
  return procedure.state === 'running';
}

/** The paragraph ids frozen by any of these procedures. */
export function listSilencedParagraphs(procedures: Iterable<Pick<SilenceProcedureState, 'state' | 'paragraphIds'>>): Set<string> {
  const ids = new Set<string>();
  for (const procedure of procedures) if (isFreezing(procedure)) for (const id of procedure.paragraphIds) ids.add(id);
  return ids;
}

/** What adoption does to the text, as data: set these statuses. Empty unless adopted (broken and cancelled leave them open). */
export interface SilenceOutcomePlan {
  statuses: { paragraphId: string; status: SilenceOutcome }[];
  record: string;
}

export function planSilenceOutcome(procedure: SilenceProcedureState): SilenceOutcomePlan {
  if (procedure.state === 'adopted') {
    return {
      statuses: procedure.paragraphIds.map((paragraphId) => ({ paragraphId, status: procedure.outcome })),
      record: describeAdoption(procedure.deadline),
    };
  }
  if (procedure.state === 'broken') {
    return { statuses: [], record: `Silence broken by ${procedure.breaks.map((entry) => entry.delegationCode).join(', ')}` };
  }
  return { statuses: [], record: procedure.state === 'cancelled' ? 'Silence procedure cancelled' : 'Under silence' };
}

/** The record kept of an adoption, in English (stored with the audit row and sent as the notification's body). */
export function describeAdoption(deadline: Date): string {
  return `Adopted under silence procedure, deadline ${deadline.toISOString()}`;
}

/**
 * The statuses of a plan that still differ from the document's: applying the plan again after a crash between
 * the text and the row changes nothing already done.
 */
export function listPendingStatuses(
  plan: SilenceOutcomePlan,
  readStatus: (paragraphId: string) => string | undefined,
): SilenceOutcomePlan['statuses'] {
  return plan.statuses.filter(({ paragraphId, status }) => {
    const current = readStatus(paragraphId);
    return current !== undefined && current !== status;
  });
}

/** Parses the stored JSON array of paragraph ids; a damaged value names no paragraph rather than throwing in the keeper. */
export function readParagraphIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
