import path from 'node:path';
import { z } from 'zod';
import { defaultDraftLimits, type DraftLimits } from '@/lib/limits/draft-limits';
import defaults from './defaults.json';

/**
 * The one reader of the environment. Every setting is validated here, with its
 * default in one place (defaults.json, which scripts/start.mjs reads too);
 * nothing else in the product reads process.env.
 */
export interface Config {
  port: number;
  realtimePort: number;
  /** Address both servers listen on. */
  host: string;
  /** Address the realtime server listens on (REALTIME_HOST, else HOST). */
  realtimeHost: string;
  /** Where browsers reach the realtime server when it is not beside the page's host (REALTIME_PUBLIC_URL). */
  realtimePublicUrl?: string;
  dataDir: string;
  /** DATABASE_URL as given; the database module interprets it. */
  databaseUrl?: string;
  /** AUTH_SECRET as given (checked for length by the secret module); otherwise one is generated into the data folder. */
  authSecret?: string;
  seedDemo: boolean;
  corpusDir: string;
  draftLimits: DraftLimits;

  // --- Invitations and administration (issue 13) ---
  /** Where people reach the web app (ZERO_DRAFT_PUBLIC_URL), for invitation links; else the request's own address. */
  publicUrl?: string;
  /** How long an invitation link stays valid (ZERO_DRAFT_INVITATION_DAYS, default 7). */
  invitationDays: number;
  /** SMTP_URL (e.g. smtps://user:pass@mail.example.org): invitations are also e-mailed when set. */
  smtpUrl?: string;
  /** SMTP_FROM: the sender of invitation e-mails. */
  smtpFrom: string;
  /** ZERO_DRAFT_OIDC_ISSUER: single sign-on is offered when set (the SSO block may add the client id and secret). */
  oidcIssuer?: string;
}

export class ConfigError extends Error {}

const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().positive().finite();
const schema = z.object({
  PORT: port.optional(),
  REALTIME_PORT: port.optional(),
  HOST: z.string().min(1).optional(),
  REALTIME_HOST: z.string().min(1).optional(),
  REALTIME_PUBLIC_URL: z.string().url().optional(),
  ZERO_DRAFT_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  AUTH_SECRET: z.string().optional(),
  ZERO_DRAFT_DEMO: z.enum(['0', '1']).optional(),
  ZERO_DRAFT_CORPUS_DIR: z.string().min(1).optional(),
  ZERO_DRAFT_MAX_DRAFT_MB: positive.optional(),
  ZERO_DRAFT_WRITE_KB_PER_MINUTE: positive.optional(),
  // Invitations and administration (issue 13)
  ZERO_DRAFT_PUBLIC_URL: z.string().url().optional(),
  ZERO_DRAFT_INVITATION_DAYS: positive.optional(),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().min(3).optional(),
  ZERO_DRAFT_OIDC_ISSUER: z.string().url().optional(),
});

function readDraftLimits(draftMb: number | undefined, kbPerMinute: number | undefined): DraftLimits {
  const writeBytesPerSecond = kbPerMinute === undefined ? defaultDraftLimits.writeBytesPerSecond : Math.round((kbPerMinute * 1024) / 60);
  return {
    maxDraftBytes: draftMb === undefined ? defaultDraftLimits.maxDraftBytes : Math.round(draftMb * 1024 * 1024),
    // A burst of half a minute's budget, never less than the default: one paste of a whole resolution must pass.
    writeBurstBytes: Math.max(defaultDraftLimits.writeBurstBytes, writeBytesPerSecond * 30),
    writeBytesPerSecond,
  };
}

/** Reads and validates a configuration; throws ConfigError naming the variable and the value it refused. */
export function parseConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new ConfigError(`${name} is not valid (${issue.message}); got "${env[name]}".`);
  }
  const values = parsed.data;
  const host = values.HOST ?? defaults.host;
  return {
    port: values.PORT ?? defaults.port,
    realtimePort: values.REALTIME_PORT ?? defaults.realtimePort,
    host,
    realtimeHost: values.REALTIME_HOST ?? host,
    ...(values.REALTIME_PUBLIC_URL ? { realtimePublicUrl: values.REALTIME_PUBLIC_URL.replace(/\/$/, '') } : {}),
    dataDir: path.resolve(/*turbopackIgnore: true*/ cwd, values.ZERO_DRAFT_DATA_DIR ?? defaults.dataDir),
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    ...(values.AUTH_SECRET !== undefined ? { authSecret: values.AUTH_SECRET } : {}),
    seedDemo: values.ZERO_DRAFT_DEMO !== '0',
    corpusDir: path.resolve(/*turbopackIgnore: true*/ cwd, values.ZERO_DRAFT_CORPUS_DIR ?? defaults.corpusDir),
    draftLimits: readDraftLimits(values.ZERO_DRAFT_MAX_DRAFT_MB, values.ZERO_DRAFT_WRITE_KB_PER_MINUTE),
    // Invitations and administration (issue 13)
    ...(values.ZERO_DRAFT_PUBLIC_URL ? { publicUrl: values.ZERO_DRAFT_PUBLIC_URL.replace(/\/$/, '') } : {}),
    invitationDays: values.ZERO_DRAFT_INVITATION_DAYS ?? 7,
    ...(values.SMTP_URL ? { smtpUrl: values.SMTP_URL } : {}),
    smtpFrom: values.SMTP_FROM ?? 'Zero Draft <no-reply@localhost>',
    ...(values.ZERO_DRAFT_OIDC_ISSUER ? { oidcIssuer: values.ZERO_DRAFT_OIDC_ISSUER.replace(/\/$/, '') } : {}),
  };
}

let cached: Config | undefined;

/** This process's configuration, read once. */
export function readConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
