import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/server/db/client';
import { readSecret } from '@/server/secret';
import { verifyCredentials } from '@/server/users/verify-credentials';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

let options: NextAuthOptions | undefined;

/** Built lazily so a missing secret is reported at the first request, with what to do. */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: readSecret(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const userId = await verifyCredentials(getDb(), parsed.data.email, parsed.data.password);
          return userId ? { id: userId } : null;
        },
      }),
    ],
    callbacks: {
      // The token carries only the user id; role and delegation are read from the database per request.
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
  return options;
}
