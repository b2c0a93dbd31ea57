import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSecret, MissingSecretError, readSecret } from './secret';

describe('session secret', () => {
  let dir: string;
  const saved = { data: process.env.ZERO_DRAFT_DATA_DIR, secret: process.env.AUTH_SECRET };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-secret-'));
    process.env.ZERO_DRAFT_DATA_DIR = dir;
    delete process.env.AUTH_SECRET;
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved.data === undefined) delete process.env.ZERO_DRAFT_DATA_DIR;
    else process.env.ZERO_DRAFT_DATA_DIR = saved.data;
    if (saved.secret !== undefined) process.env.AUTH_SECRET = saved.secret;
  });

  it('is generated once and kept across starts', () => {
    expect(() => readSecret()).toThrow(MissingSecretError);
    const first = ensureSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(ensureSecret()).toBe(first);
    expect(readSecret()).toBe(first);
  });

  it('replaces a file an interrupted start left empty, and refuses a short configured secret', () => {
    writeFileSync(path.join(dir, 'secret'), '\n');
    expect(() => readSecret()).toThrow(/No usable session secret/);
    const secret = ensureSecret();
    expect(readFileSync(path.join(dir, 'secret'), 'utf8').trim()).toBe(secret);
    process.env.AUTH_SECRET = 'short';
    expect(() => readSecret()).toThrow(/at least 32 characters/);
  });
});
