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
  /** DATABASE_URL as given (file:… for SQLite, postgresql://… for PostgreSQL); server/db/database-url.ts interprets it. */
  databaseUrl?: string;
  /**
   * Tests only (ZERO_DRAFT_TEST_POSTGRES_URL, set by scripts/with-postgres.mjs): a PostgreSQL server where each test
   * database is created as a fresh database. Unset, test databases are SQLite files.
   */
  testPostgresUrl?: string;
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
  // --- Single sign-on and sign-in throttling (issue 13, SSO part) ---
  /** OpenID Connect sign-in; absent when ZERO_DRAFT_OIDC_ISSUER is unset. */
  oidc?: OidcConfig;
  /** ZERO_DRAFT_TRUSTED_PROXY=1: the app is reached only through a proxy that appends the client to X-Forwarded-For. */
  trustedProxy: boolean;
  // --- Several realtime processes (issue 14) ---
  /** REALTIME_NODE_ID: this realtime process in draft leases; default host name, process id and a random suffix. */
  realtimeNodeId?: string;
  /** REALTIME_NODE_URL: where the other realtime processes reach this one (http://10.0.0.5:3001); default its own address. */
  realtimeNodeUrl?: string;
  /** REALTIME_LEASE_SECONDS: how long a process's hold on a draft lasts without renewal (default 10). */
  realtimeLeaseMs: number;
  // --- PDF of the Word exports (issue 16) ---
  pdf: PdfConfig;
  // --- Since I last looked (issue 18) ---
  /** ZERO_DRAFT_VISIT_SITTING_MINUTES: visits to a draft closer together than this are one sitting (default 30; 0: every visit is new). */
  visitSittingMs: number;
}

/** LibreOffice headless turns the Word exports into PDF; it is heavy, so conversions are bounded and queued. */
export interface PdfConfig {
  /** ZERO_DRAFT_SOFFICE: the LibreOffice program (default /usr/bin/soffice); PDF is refused with a clear message without it. */
  soffice: string;
  /** ZERO_DRAFT_PDF_TIMEOUT_SECONDS: one conversion is stopped after this long (default 120). */
  timeoutMs: number;
  /** ZERO_DRAFT_PDF_CONCURRENCY: conversions at a time in one process; the rest wait their turn (default 1). */
  concurrency: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button says "Sign in with <name>". */
  name: string;
  /** E-mail domains (lower case) whose verified people may create their own account. Empty: invitation only. */
  allowedDomains: string[];
  /** Delegation code for people admitted by domain. */
  delegationCode?: string;
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
  ZERO_DRAFT_TEST_POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL')
    .optional(),
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
  // --- Single sign-on and sign-in throttling (issue 13, SSO part) ---
  ZERO_DRAFT_OIDC_ISSUER: z.string().url().optional(),
  ZERO_DRAFT_OIDC_CLIENT_ID: z.string().min(1).optional(),
  ZERO_DRAFT_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  ZERO_DRAFT_OIDC_NAME: z.string().min(1).max(60).optional(),
  ZERO_DRAFT_OIDC_ALLOWED_DOMAINS: z
    .string()
    .regex(/^\s*[a-z0-9.-]+(\s*,\s*[a-z0-9.-]+)*\s*,?\s*$/i, 'a comma-separated list of domains, e.g. "example.org, un.org"')
    .optional(),
  ZERO_DRAFT_OIDC_DELEGATION: z.string().min(1).optional(),
  ZERO_DRAFT_TRUSTED_PROXY: z.enum(['0', '1']).optional(),
  REALTIME_NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, ".", "_" and "-" only')
    .optional(),
  REALTIME_NODE_URL: z.string().url().optional(),
  REALTIME_LEASE_SECONDS: z.coerce.number().min(2).max(600).optional(),
  ZERO_DRAFT_SOFFICE: z.string().min(1).optional(),
  ZERO_DRAFT_PDF_TIMEOUT_SECONDS: z.coerce.number().min(5).max(3600).optional(),
  ZERO_DRAFT_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).optional(),
  ZERO_DRAFT_VISIT_SITTING_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .optional(),
});

type ParsedEnv = z.infer<typeof schema>;

/** Off without an issuer; an issuer without its client is a mistake worth stopping for. */
function readOidc(values: ParsedEnv): OidcConfig | undefined {
  const issuer = values.ZERO_DRAFT_OIDC_ISSUER;
  if (!issuer) return undefined;
  for (const name of ['ZERO_DRAFT_OIDC_CLIENT_ID', 'ZERO_DRAFT_OIDC_CLIENT_SECRET'] as const) {
    if (!values[name]) throw new ConfigError(`${name} must be set when ZERO_DRAFT_OIDC_ISSUER is set (single sign-on).`);
  }
  const allowedDomains = (values.ZERO_DRAFT_OIDC_ALLOWED_DOMAINS ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase())
    .filter((domain) => domain !== '');
  return {
    issuer: issuer.replace(/\/$/, ''),
    clientId: values.ZERO_DRAFT_OIDC_CLIENT_ID!,
    clientSecret: values.ZERO_DRAFT_OIDC_CLIENT_SECRET!,
    name: values.ZERO_DRAFT_OIDC_NAME ?? 'single sign-on',
    allowedDomains,
    ...(values.ZERO_DRAFT_OIDC_DELEGATION ? { delegationCode: values.ZERO_DRAFT_OIDC_DELEGATION } : {}),
  };
}

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
  const oidc = readOidc(values);
  return {
    port: values.PORT ?? defaults.port,
    realtimePort: values.REALTIME_PORT ?? defaults.realtimePort,
    host,
    realtimeHost: values.REALTIME_HOST ?? host,
    ...(values.REALTIME_PUBLIC_URL ? { realtimePublicUrl: values.REALTIME_PUBLIC_URL.replace(/\/$/, '') } : {}),
    dataDir: path.resolve(/*turbopackIgnore: true*/ cwd, values.ZERO_DRAFT_DATA_DIR ?? defaults.dataDir),
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    ...(values.ZERO_DRAFT_TEST_POSTGRES_URL ? { testPostgresUrl: values.ZERO_DRAFT_TEST_POSTGRES_URL } : {}),
    ...(values.AUTH_SECRET !== undefined ? { authSecret: values.AUTH_SECRET } : {}),
    seedDemo: values.ZERO_DRAFT_DEMO !== '0',
    corpusDir: path.resolve(/*turbopackIgnore: true*/ cwd, values.ZERO_DRAFT_CORPUS_DIR ?? defaults.corpusDir),
    draftLimits: readDraftLimits(values.ZERO_DRAFT_MAX_DRAFT_MB, values.ZERO_DRAFT_WRITE_KB_PER_MINUTE),
    // Invitations and administration (issue 13)
    ...(values.ZERO_DRAFT_PUBLIC_URL ? { publicUrl: values.ZERO_DRAFT_PUBLIC_URL.replace(/\/$/, '') } : {}),
    invitationDays: values.ZERO_DRAFT_INVITATION_DAYS ?? 7,
    ...(values.SMTP_URL ? { smtpUrl: values.SMTP_URL } : {}),
    smtpFrom: values.SMTP_FROM ?? 'Zero Draft <no-reply@localhost>',
    ...(oidc ? { oidc } : {}),
    trustedProxy: values.ZERO_DRAFT_TRUSTED_PROXY === '1',
    ...(values.REALTIME_NODE_ID ? { realtimeNodeId: values.REALTIME_NODE_ID } : {}),
    ...(values.REALTIME_NODE_URL ? { realtimeNodeUrl: values.REALTIME_NODE_URL.replace(/\/$/, '') } : {}),
    realtimeLeaseMs: (values.REALTIME_LEASE_SECONDS ?? 10) * 1000,
    pdf: {
      soffice: values.ZERO_DRAFT_SOFFICE ?? defaults.soffice,
      timeoutMs: (values.ZERO_DRAFT_PDF_TIMEOUT_SECONDS ?? defaults.pdfTimeoutSeconds) * 1000,
      concurrency: values.ZERO_DRAFT_PDF_CONCURRENCY ?? defaults.pdfConcurrency,
    },
    visitSittingMs: (values.ZERO_DRAFT_VISIT_SITTING_MINUTES ?? defaults.visitSittingMinutes) * 60_000,
  };
}

let cached: Config | undefined;

/** This process's configuration, read once. */
export function readConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
