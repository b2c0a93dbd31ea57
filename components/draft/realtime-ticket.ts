import { describeUnreadableAnswer, type RefusalBody } from '@/lib/i18n/describe-refusal';

export interface RealtimeUser {
  id: string;
  name: string;
  role: string;
  delegation: { code: string; name: string; colour: string };
}

export interface RealtimeTicket {
  url: string;
  token: string;
  readOnly: boolean;
  room: string;
  user: RealtimeUser;
  limits?: { maxPasteCharacters: number; maxChangeBytes?: number };
}

export class TicketRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The route's refusal, which the room says in the person's language. */
    readonly refusal: RefusalBody = { error: message },
  ) {
    super(message);
  }
}

/**
 * Asks the web app for a fresh realtime token; a 4xx answer will not get better by retrying. `readOnly` asks for
 * a token that can never write, whatever the person's role.
 */
export async function fetchRealtimeTicket(draftId: string, options: { readOnly?: boolean } = {}): Promise<RealtimeTicket> {
  const query = options.readOnly ? '?access=read' : '';
  const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/realtime-token${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as RefusalBody | null;
    const body = answer?.error ? answer : describeUnreadableAnswer(response.status);
    if (response.status >= 400 && response.status < 500) throw new TicketRefusedError(response.status, body.error ?? '', body);
    throw new Error(body.error);
  }
  return (await response.json()) as RealtimeTicket;
}

/** The provider wants the server address and the room separately; the ticket's url ends with the room. */
export function readServerUrl(ticket: RealtimeTicket): string {
  return ticket.url.replace(/\/[^/]*$/, '');
}
