import { execFileSync } from 'node:child_process';

/** Runs test-support/oidc-seed.ts against the e2e database (the runner's DATABASE_URL is in the environment). */
export function seedForSso<T>(command: 'invite' | 'password-user', input: Record<string, string>): T {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'test-support/oidc-seed.ts', command, JSON.stringify(input)], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as T;
}
