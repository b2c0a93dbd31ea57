/**
 * What `npm start` (scripts/start.mjs) and `npm run cluster` (scripts/cluster.mjs) both do: prepare the database
 * and the build, start the web app, wait until it answers, and say where it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildStale } from './build-state.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
// The defaults live in one place, shared with the product's configuration module (server/config/read-config.ts).
export const defaults = JSON.parse(readFileSync(path.join(root, 'server', 'config', 'defaults.json'), 'utf8'));
export const tsxBin = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
const nextBin = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');

export function fail(message) {
  console.error(`\nZero Draft could not start: ${message}`);
  process.exit(1);
}

export function runStep(label, args, env = process.env) {
  console.log(`→ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) fail(`${label} failed (see the message above).`);
}

/** Database client, migrations, secret, corpus and demo room (`cli setup`), and a production build unless `dev`. */
export function prepareApp({ env = process.env, dev = false } = {}) {
  if (['prisma', 'prisma-postgresql'].some((client) => !existsSync(path.join(root, 'generated', client, 'client.ts'))))
    runStep('Generating the database client', ['scripts/prisma-generate.mjs'], env);
  runStep('Preparing the database, corpus and demo accounts', [tsxBin, 'cli/index.ts', 'setup'], env);
  if (!dev && isBuildStale(root)) runStep('Building the web app (first start takes a minute)', ['scripts/build.mjs'], env);
}

/** The environment every process of ours gets on top of the caller's. */
export function webAppEnv(env) {
  return {
    ...env,
    // Sign-in works on whatever address people use (localhost, 127.0.0.1, the machine's name) unless NEXTAUTH_URL pins one.
    ...(env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: 'true' }),
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

export function startWebApp({ port, host, env, dev = false }) {
  return spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(port), '-H', host], { cwd: root, env, stdio: 'inherit' });
}

/** Where people open the app, and where this machine probes it. */
export function webAppUrls(host, port) {
  return {
    url: `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    probeUrl: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
  };
}

/** Resolves once the sign-in page answers (about two and a half minutes at most), or when `stopping()` says so. */
export async function waitForWebApp(probeUrl, stopping) {
  for (let attempt = 0; attempt < 600 && !stopping(); attempt += 1) {
    try {
      const response = await fetch(`${probeUrl}/signin`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

export const demoSignIns = `Demo sign-ins (password: zero-draft-demo):
  chair@zerodraft.test        facilitator
  colombia@zerodraft.test     delegate, Colombia    (also eu@, usa@, mexico@, g77@, japan@, nigeria@)
  secretariat@zerodraft.test  secretariat
  observer@zerodraft.test     observer`;
