import { NextResponse } from 'next/server';
import { draftFurnitureSchema, furnitureRefusals } from '@/lib/furniture/draft-furniture';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { readDraftFurniture } from '@/server/furniture/read-draft-furniture';
import { setDraftFurniture } from '@/server/furniture/set-draft-furniture';
import { respondWithError } from '@/server/http/respond-with-error';

/** GET: the draft's document details (its own, the negotiation's defaults, what prints) and sponsors. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:read');
    return NextResponse.json(await readDraftFurniture(getDb(), id));
  } catch (error) {
    return respondWithError(error);
  }
}

/** PUT {symbol, distribution, date, …}: replaces the details the draft sets itself; a field left out is unset. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:set-furniture');
    const body = draftFurnitureSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'The document details could not be read.', { reasons: furnitureRefusals });
    return NextResponse.json(await setDraftFurniture(getDb(), user, id, body.data));
  } catch (error) {
    return respondWithError(error);
  }
}
