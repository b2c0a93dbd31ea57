import { describeUnreadableAnswer, type RefusalBody } from '@/lib/i18n/describe-refusal';
import type { AgreedLanguageResult, SearchHit, SearchResult } from '@/lib/search';

export type PrecedentHit = SearchHit;
export type AgreedLanguageCheck = AgreedLanguageResult;

/** Which texts count as precedent: adopted language only, or drafts too. */
export type PrecedentScope = 'adopted' | 'all';

export const precedentScopes: readonly { value: PrecedentScope; label: string }[] = [
  { value: 'adopted', label: 'Adopted texts' },
  { value: 'all', label: 'All texts, drafts included' },
];

const adoptedKinds = 'resolution,decision,recommendations';
export const precedentLimit = 8;

/** A refused request, with the server's refusal, so the panel can say it in the person's language by its reason. */
export class PrecedentRequestError extends Error {
  constructor(readonly refusal: RefusalBody) {
    super(refusal.error);
    this.name = 'PrecedentRequestError';
  }
}

async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as RefusalBody | null;
    throw new PrecedentRequestError(typeof body?.error === 'string' ? body : describeUnreadableAnswer(response.status));
  }
  return (await response.json()) as T;
}

/** The search route caps queries; the opening of a very long paragraph is what a delegate is working on anyway. */
const maxQueryLength = 10_000;

export async function fetchPrecedents(text: string, scope: PrecedentScope, signal: AbortSignal): Promise<SearchResult> {
  const params = new URLSearchParams({ q: text.slice(0, maxQueryLength), limit: String(precedentLimit) });
  if (scope === 'adopted') params.set('kind', adoptedKinds);
  const response = await fetch(`/api/search?${params.toString()}`, { signal, headers: { accept: 'application/json' } });
  return readJson<SearchResult>(response);
}

export async function fetchAgreedLanguage(text: string, signal?: AbortSignal): Promise<AgreedLanguageCheck> {
  const response = await fetch('/api/check', {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ text }),
  });
  return readJson<AgreedLanguageCheck>(response);
}

export function buildCorpusLink(documentId: string, ref: string): string {
  return `/corpus/${encodeURIComponent(documentId)}#${encodeURIComponent(ref)}`;
}
