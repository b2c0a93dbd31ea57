import type * as Y from 'yjs';
import type { ConnectionIdentity } from '../authenticate';
import type { Change } from '../changes/read-changes';
import type { DraftDeadline } from '@/lib/deadlines/proposal-deadline';

/** The draft's proposal deadlines as the room last read them, the negotiation's zone, and the server's clock. */
export interface DeadlineContext {
  deadlines: readonly DraftDeadline[];
  timeZone: string;
  now: number;
}

/** What rules read from outside the document (the room supplies it; absent, nothing of it is enforced). */
export interface RuleExtras {
  deadlines?: DeadlineContext;
  /** Paragraphs under a running silence procedure (the silence keeper's view of the database). */
  silencedParagraphIds?: ReadonlySet<string>;
}

/** What every rule sees: the document before the update, what the update would change, and who sent it. */
export interface RuleContext extends RuleExtras {
  doc: Y.Doc;
  changes: Change[];
  /** Whether the update deletes the struct with this id. */
  deletes(id: Y.ID): boolean;
  identity: ConnectionIdentity;
}

/** A pure check: why the update may not be applied, or null. */
export type Rule = (context: RuleContext) => string | null;

/** A refusal names the rule that made it, for logs and for the client to translate. */
export interface Refusal {
  rule: string;
  reason: string;
  /** The paragraphs whose changes the rule refuses, where it can tell (see judgeUpdate). */
  paragraphIds?: string[];
}
