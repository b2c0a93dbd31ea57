import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from './db/database-url';

export class MissingSecretError extends Error {}

function secretFile(): string {
  return path.join(resolveDataDir(), 'secret');
}

/** Generated on first start, kept in the git-ignored data folder, shared by the web app and the realtime server. */
export function ensureSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = secretFile();
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

export function readSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = secretFile();
  if (!existsSync(file)) {
    throw new MissingSecretError(
      `No session secret at ${file}. Run "npm run -s cli -- setup" (npm start does it) or set AUTH_SECRET.`,
    );
  }
  return readFileSync(file, 'utf8').trim();
}
