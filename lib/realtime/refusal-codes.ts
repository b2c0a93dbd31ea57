/**
 * Stable codes for the realtime server's refusals, so the browser can say them in the person's language (messages:
 * refusals.realtime). The rules keep writing English sentences (the server's log and scripts read them); the code
 * is read from the exact sentence where one means one thing, else from the rule that refused.
 */
const codesByReason: Record<string, string> = {
  'This paragraph is frozen.': 'paragraph-frozen',
  'A frozen paragraph cannot be replaced or deleted.': 'frozen-paragraph-kept',
  'Only a facilitator can set a paragraph status.': 'status-facilitator-only',
  'Only a facilitator can freeze a paragraph.': 'freeze-facilitator-only',
  'This paragraph is under a silence procedure: nothing in it changes until the procedure ends.': 'under-silence',
  'The update continues changes the server refused; they are sent again under a new client id.': 'replayed-under-new-id',
  'You are adding text faster than the draft accepts; wait a moment and try again.': 'typing-too-fast',
  'Your delegation is adding text faster than the draft accepts; wait a moment and try again.': 'delegation-too-fast',
  // Why the server closes a connection (realtime/membership.ts), sent as the socket's close reason.
  'Your account is not active.': 'account-inactive',
  'Your account was deactivated.': 'account-deactivated',
  'Your role in this negotiation changed; reopen the draft.': 'role-changed',
  'Your role in this negotiation changed since this ticket was issued; reopen the draft.': 'role-changed',
  'This ticket was issued for another negotiation; reopen the draft.': 'ticket-elsewhere',
  'This draft was archived: it can be read but no longer changed. Reopen it.': 'draft-archived',
};

const codesByRule: Record<string, string> = {
  deadlines: 'proposals-closed',
  budget: 'draft-full',
  ownership: 'client-not-yours',
  attribution: 'attribution',
  proposals: 'proposal-not-allowed',
  'paragraph-rights': 'paragraph-rights',
  silence: 'under-silence',
  integrity: 'malformed-change',
  'content-schema': 'malformed-change',
  'paragraph-fields': 'malformed-change',
  'draft-meta': 'malformed-change',
};

/** Every realtime refusal's code; "not-accepted" where neither its sentence nor its rule is known. */
export function codeRealtimeRefusal(rule: string, reason: string): string {
  return codesByReason[reason] ?? codesByRule[rule] ?? 'not-accepted';
}

/** The code of a sentence known exactly (a connection's close reason included), or null. */
export function codeRealtimeSentence(reason: string): string | null {
  return codesByReason[reason] ?? null;
}
