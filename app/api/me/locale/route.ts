import { NextResponse } from 'next/server';
import { z } from 'zod';
import { localeCookieName, locales } from '@/lib/i18n/locales';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { setUserLocale } from '@/server/users/set-user-locale';

const bodySchema = z.strictObject({ locale: z.enum(locales) });
const oneYearSeconds = 365 * 24 * 60 * 60;

/** PUT {locale}: the person's interface language, saved with the account and in this browser's cookie. */
export async function PUT(request: Request) {
  try {
    const user = await requireSignedIn();
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw new AppError('invalid-input', `Choose one of: ${locales.join(', ')}.`, 'unknown-locale');
    await setUserLocale(getDb(), user.id, body.data.locale);
    const response = NextResponse.json({ locale: body.data.locale });
    response.cookies.set(localeCookieName, body.data.locale, { path: '/', sameSite: 'lax', maxAge: oneYearSeconds });
    return response;
  } catch (error) {
    return respondWithError(error);
  }
}
