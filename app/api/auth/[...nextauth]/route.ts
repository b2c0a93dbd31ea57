import NextAuth from 'next-auth';
import { getAuthOptions } from '@/server/auth/auth-options';

function handle(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(getAuthOptions())(request, context);
}

export { handle as GET, handle as POST };
