import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { joinCosponsorship } from '@/server/furniture/join-cosponsorship';
import { withdrawCosponsorship } from '@/server/furniture/withdraw-cosponsorship';
import { respondWithError } from '@/server/http/respond-with-error';

// The delegation comes from the roster, never from the request: a body naming one is refused, not ignored.
const bodySchema = z.strictObject(
  {},
  'You co-sponsor (or withdraw) for your own delegation only: send an empty body; the server takes the delegation from the roster.',
);

async function readBody(request: Request): Promise<void> {
  const text = await request.text();
  const body = bodySchema.safeParse(
    text.trim() === ''
      ? {}
      : (() => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            return null;
          }
        })(),
  );
  if (!body.success) throw invalidInputError(body.error, 'Send an empty body.');
}

/** POST: the person's own delegation joins the draft's co-sponsors. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:cosponsor');
    await readBody(request);
    return NextResponse.json(await joinCosponsorship(getDb(), user, id));
  } catch (error) {
    return respondWithError(error);
  }
}

/** DELETE: the person's own delegation withdraws its co-sponsorship. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:cosponsor');
    await readBody(request);
    return NextResponse.json(await withdrawCosponsorship(getDb(), user, id));
  } catch (error) {
    return respondWithError(error);
  }
}
