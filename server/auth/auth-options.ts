import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { tooManyAttemptsCode } from '@/lib/auth/sign-in-errors';
import { readConfig } from '@/server/config/read-config';
import { getDb } from '@/server/db/client';
import { readSecret } from '@/server/secret';
import { findSsoUserId } from '@/server/users/find-sso-user-id';
import { signInWithPassword } from '@/server/users/sign-in-with-password';
import { admitSsoIdentity } from './admit-sso-identity';
import { buildOidcProvider } from './build-oidc-provider';
import { readClientAddress } from './read-client-address';
import { readOidcIdentity } from './read-oidc-identity';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

let options: NextAuthOptions | undefined;

/** Built lazily so a missing secret is reported at the first request, with what to do. */
export function getAuthOptions(): NextAuthOptions {
  const config = readConfig();
  options ??= {
    secret: readSecret(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    // Errors (ours and next-auth's) come back to the sign-in page as ?error=<code>, which it turns into a sentence.
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const result = await signInWithPassword(getDb(), {
            ...parsed.data,
            address: readClientAddress(request?.headers, config.trustedProxy),
          });
          // next-auth hands a thrown message to the page as its error code.
          if (result.outcome === 'wait') throw new Error(tooManyAttemptsCode(result.seconds));
          return result.outcome === 'signed-in' ? { id: result.userId } : null;
        },
      }),
      ...(config.oidc ? [buildOidcProvider(config.oidc)] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== 'oidc' || !config.oidc) return true;
        const reading = readOidcIdentity(profile as Record<string, unknown> | undefined);
        if (!reading.ok) throw new Error(reading.code);
        const admission = await admitSsoIdentity(getDb(), reading.identity, config.oidc);
        if (!admission.ok) throw new Error(admission.code);
        return true;
      },
      // The token carries only the user id; standing and delegation are read from the database per request.
      async jwt({ token, user, account, profile }) {
        if (!user) return token;
        if (account?.provider !== 'oidc') return { sub: user.id };
        const claims = profile as Record<string, unknown> | undefined;
        const userId = await findSsoUserId(getDb(), String(claims?.iss ?? ''), String(claims?.sub ?? ''));
        if (!userId) throw new Error('The single sign-on identity lost its account while signing in.');
        return { sub: userId };
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
  return options;
}
