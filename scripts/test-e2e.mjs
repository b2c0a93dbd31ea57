/**
 * Runs the Playwright suite against the real app, started by `npm start` on
 * free ports with a throwaway data folder (database and secret), so a
 * developer's own data is never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './lib/ports.mjs';

const require = createRequire(import.meta.url);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-e2e-'));
const port = await findFreePort();
let realtimePort = await findFreePort();
while (realtimePort === port) realtimePort = await findFreePort();

const env = {
  ...process.env,
  PORT: String(port),
  REALTIME_PORT: String(realtimePort),
  ZERO_DRAFT_DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
  PLAYWRIGHT_OUTPUT_DIR: path.join(os.tmpdir(), `zero-draft-e2e-results-${process.pid}`),
};
delete env.AUTH_SECRET;
const playwrightCli = path.join(path.dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const result = spawnSync(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
rmSync(dataDir, { recursive: true, force: true });
if (result.status !== 0) console.error(`Traces of failed tests: ${env.PLAYWRIGHT_OUTPUT_DIR}`);
process.exit(result.status ?? 1);
