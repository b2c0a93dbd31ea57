import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig, type Config } from './config/read-config';

export class MissingSecretError extends Error {}

/** Shorter secrets (or a file left empty by an interrupted first start) would make sessions and tickets forgeable. */
const minimumLength = 32;

type SecretConfig = Pick<Config, 'dataDir' | 'authSecret'>;

function secretFile(config: SecretConfig): string {
  return path.join(config.dataDir, 'secret');
}

function readConfiguredSecret(config: SecretConfig): string | null {
  const configured = config.authSecret;
  if (configured === undefined) return null;
  if (configured.length < minimumLength) {
    throw new MissingSecretError(`AUTH_SECRET must be at least ${minimumLength} characters long; unset it to use a generated one.`);
  }
  return configured;
}

/** Generated on first start, kept in the git-ignored data folder, shared by the web app and the realtime server. */
export function ensureSecret(config: SecretConfig = readConfig()): string {
  const configured = readConfiguredSecret(config);
  if (configured) return configured;
  const file = secretFile(config);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= minimumLength) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function readSecret(config: SecretConfig = readConfig()): string {
  const configured = readConfiguredSecret(config);
  if (configured) return configured;
  const file = secretFile(config);
  const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (stored.length < minimumLength) {
    throw new MissingSecretError(
      `No usable session secret at ${file}. Run "npm run -s cli -- setup" (npm start does it) or set AUTH_SECRET (at least ${minimumLength} characters).`,
    );
  }
  return stored;
}
