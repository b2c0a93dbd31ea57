import { NextResponse } from 'next/server';
import { z } from 'zod';
import { checkAgreedLanguage } from '@/lib/search';
import { requireSignedIn } from '@/server/auth/current-user';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { getSearchIndex } from '@/server/search/get-search-index';

const bodySchema = z.object({ text: z.string().trim().min(1).max(20_000) });

export async function POST(request: Request) {
  try {
    await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success)
      throw invalidInputError(parsed.error, 'Send {"text": "…"} with the paragraph to check (at most 20,000 characters).', {
        preferSchemaMessage: false,
      });
    return NextResponse.json(checkAgreedLanguage(await getSearchIndex(getDb()), parsed.data.text));
  } catch (error) {
    return respondWithError(error);
  }
}
