import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDraftLimits } from '@/lib/limits/draft-limits';
import { parseConfig } from './read-config';

describe('parseConfig', () => {
  it('gives every default from one place when nothing is set', () => {
    expect(parseConfig({}, '/srv/zero-draft')).toEqual({
      port: 3000,
      realtimePort: 3001,
      host: '127.0.0.1',
      realtimeHost: '127.0.0.1',
      dataDir: '/srv/zero-draft/data',
      seedDemo: true,
      corpusDir: '/srv/zero-draft/corpus',
      draftLimits: defaultDraftLimits,
      trustedProxy: false,
      invitationDays: 7,
      smtpFrom: 'Zero Draft <no-reply@localhost>',
      realtimeLeaseMs: 10_000,
      pdf: { soffice: '/usr/bin/soffice', timeoutMs: 120_000, concurrency: 1 },
      visitSittingMs: 30 * 60_000,
    });
  });

  it('reads the PDF settings, and refuses a concurrency that is not a small whole number', () => {
    expect(
      parseConfig({
        ZERO_DRAFT_SOFFICE: '/opt/libreoffice/program/soffice',
        ZERO_DRAFT_PDF_TIMEOUT_SECONDS: '30',
        ZERO_DRAFT_PDF_CONCURRENCY: '2',
      }).pdf,
    ).toEqual({ soffice: '/opt/libreoffice/program/soffice', timeoutMs: 30_000, concurrency: 2 });
    expect(() => parseConfig({ ZERO_DRAFT_PDF_CONCURRENCY: '0' })).toThrow(/ZERO_DRAFT_PDF_CONCURRENCY/);
    expect(() => parseConfig({ ZERO_DRAFT_PDF_TIMEOUT_SECONDS: 'soon' })).toThrow(/ZERO_DRAFT_PDF_TIMEOUT_SECONDS/);
  });

  it('reads the settings of several realtime processes, and refuses a node id that could not name a lease', () => {
    expect(
      parseConfig({ REALTIME_NODE_ID: 'node-2', REALTIME_NODE_URL: 'http://10.0.0.5:3001/', REALTIME_LEASE_SECONDS: '6' }),
    ).toMatchObject({ realtimeNodeId: 'node-2', realtimeNodeUrl: 'http://10.0.0.5:3001', realtimeLeaseMs: 6_000 });
    expect(() => parseConfig({ REALTIME_NODE_ID: 'node 2' })).toThrow(/REALTIME_NODE_ID/);
    expect(() => parseConfig({ REALTIME_LEASE_SECONDS: '1' })).toThrow(/REALTIME_LEASE_SECONDS/);
  });

  it('reads the invitation and e-mail settings', () => {
    const config = parseConfig({
      ZERO_DRAFT_PUBLIC_URL: 'https://drafts.example.org/',
      ZERO_DRAFT_INVITATION_DAYS: '2',
      SMTP_URL: 'smtp://mail.example.org:25',
      SMTP_FROM: 'Secretariat <cop@example.org>',
    });
    expect(config).toMatchObject({
      publicUrl: 'https://drafts.example.org',
      invitationDays: 2,
      smtpUrl: 'smtp://mail.example.org:25',
      smtpFrom: 'Secretariat <cop@example.org>',
    });
  });

  it('reads the variables, realtime host falling back to HOST', () => {
    const config = parseConfig(
      {
        PORT: '8080',
        REALTIME_PORT: '8081',
        HOST: '0.0.0.0',
        REALTIME_PUBLIC_URL: 'wss://drafts.example.org/rt/',
        ZERO_DRAFT_DATA_DIR: 'var',
        ZERO_DRAFT_DEMO: '0',
        ZERO_DRAFT_CORPUS_DIR: '/data/corpus',
        ZERO_DRAFT_MAX_DRAFT_MB: '2',
        ZERO_DRAFT_WRITE_KB_PER_MINUTE: '6000',
      },
      '/srv/zd',
    );
    expect(config).toMatchObject({
      port: 8080,
      realtimePort: 8081,
      realtimeHost: '0.0.0.0',
      realtimePublicUrl: 'wss://drafts.example.org/rt',
      dataDir: path.resolve('/srv/zd/var'),
      seedDemo: false,
      corpusDir: '/data/corpus',
      draftLimits: { maxDraftBytes: 2 * 1024 * 1024, writeBytesPerSecond: 102_400, writeBurstBytes: 102_400 * 30 },
    });
  });

  it('refuses a bad value, naming the variable and the value', () => {
    expect(() => parseConfig({ REALTIME_PORT: 'ninety' })).toThrow(/REALTIME_PORT is not valid.*"ninety"/);
    expect(() => parseConfig({ ZERO_DRAFT_MAX_DRAFT_MB: '-1' })).toThrow(/ZERO_DRAFT_MAX_DRAFT_MB/);
    expect(() => parseConfig({ ZERO_DRAFT_DEMO: 'yes' })).toThrow(/ZERO_DRAFT_DEMO/);
  });
});
