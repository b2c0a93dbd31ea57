import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSecret, MissingSecretError, readSecret } from './secret';

describe('session secret', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-secret-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is generated once and kept across starts', () => {
    const config = { dataDir: dir };
    expect(() => readSecret(config)).toThrow(MissingSecretError);
    const first = ensureSecret(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(ensureSecret(config)).toBe(first);
    expect(readSecret(config)).toBe(first);
  });

  it('replaces a file an interrupted start left empty, and refuses a short configured secret', () => {
    const config = { dataDir: dir };
    writeFileSync(path.join(dir, 'secret'), '\n');
    expect(() => readSecret(config)).toThrow(/No usable session secret/);
    const secret = ensureSecret(config);
    expect(readFileSync(path.join(dir, 'secret'), 'utf8').trim()).toBe(secret);
    expect(() => readSecret({ dataDir: dir, authSecret: 'short' })).toThrow(/at least 32 characters/);
  });
});
