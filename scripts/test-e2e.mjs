/**
 * Runs the Playwright suite against the real app, started by `npm start` on
 * free ports with a throwaway data folder (database and secret), so a
 * developer's own data is never touched. A local OpenID Connect provider
 * (test-support/oidc-provider.ts) runs beside it for the single sign-on tests;
 * it starts first, because the app reads its issuer when it starts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { findFreePort } from './lib/ports.mjs';

const require = createRequire(import.meta.url);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-e2e-'));
const ports = new Set();
while (ports.size < 3) ports.add(await findFreePort());
const [port, realtimePort, oidcPort] = [...ports];

const { startOidcProvider } = await tsImport('../test-support/oidc-provider.ts', import.meta.url);
const { oidcAllowedDomain, oidcDomainDelegation, oidcProviderName } = await tsImport('../test-support/oidc-accounts.ts', import.meta.url);
const identityProvider = await startOidcProvider({
  port: oidcPort,
  redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc`,
});

const env = {
  ...process.env,
  PORT: String(port),
  REALTIME_PORT: String(realtimePort),
  ZERO_DRAFT_DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
  PLAYWRIGHT_OUTPUT_DIR: path.join(os.tmpdir(), `zero-draft-e2e-results-${process.pid}`),
  ZERO_DRAFT_OIDC_ISSUER: identityProvider.issuer,
  ZERO_DRAFT_OIDC_CLIENT_ID: identityProvider.clientId,
  ZERO_DRAFT_OIDC_CLIENT_SECRET: identityProvider.clientSecret,
  ZERO_DRAFT_OIDC_NAME: oidcProviderName,
  ZERO_DRAFT_OIDC_ALLOWED_DOMAINS: oidcAllowedDomain,
  ZERO_DRAFT_OIDC_DELEGATION: oidcDomainDelegation,
  // The sign-in throttle tests give each browser context its own address through X-Forwarded-For, so the failures
  // they provoke never slow down the other tests' sign-ins.
  ZERO_DRAFT_TRUSTED_PROXY: '1',
  // Every return to a draft is a new sitting, so "since I last looked" is tested without waiting half an hour.
  ZERO_DRAFT_VISIT_SITTING_MINUTES: '0',
};
delete env.AUTH_SECRET;
const playwrightCli = path.join(path.dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const playwright = spawn(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
// Ctrl+C reaches Playwright too; wait for it to stop its web server, then clean up here.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => playwright.kill(signal));
const status = await new Promise((resolve) => playwright.once('exit', (code) => resolve(code ?? 1)));
await identityProvider.close();
rmSync(dataDir, { recursive: true, force: true });
if (status !== 0) console.error(`Traces of failed tests: ${env.PLAYWRIGHT_OUTPUT_DIR}`);
process.exit(status);
