import { NextResponse } from 'next/server';
import { z } from 'zod';
import { searchIndex } from '@/lib/search';
import { requireSignedIn } from '@/server/auth/current-user';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { getSearchIndex } from '@/server/search/get-search-index';

const querySchema = z.object({
  q: z.string().trim().min(1, 'Type a few words to search for.').max(10_000, 'The text is too long to search; use one paragraph.'),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
  kind: z.string().optional(),
  body: z.string().optional(),
  topic: z.string().optional(),
  yearFrom: z.coerce.number().int().optional(),
  yearTo: z.coerce.number().int().optional(),
  /** Only paragraphs opening with these words ("Encourages", "Calls upon"): "same opening words". */
  lead: z.string().trim().max(200, 'An opening formula is a few words.').optional(),
});

export async function GET(request: Request) {
  try {
    await requireSignedIn();
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Bad search.');
    const { q, limit, offset, kind, body, topic, yearFrom, yearTo, lead } = parsed.data;
    const index = await getSearchIndex(getDb());
    const result = searchIndex(index, q, {
      limit,
      offset,
      filter: {
        kind: kind ? kind.split(',') : undefined,
        body: body || undefined,
        topic: topic || undefined,
        yearFrom,
        yearTo,
        lead: lead || undefined,
      },
    });
    return NextResponse.json(result);
  } catch (error) {
    return respondWithError(error);
  }
}
