import { defineConfig } from '@playwright/test';

// scripts/test-e2e.mjs picks free ports and a throwaway data folder, then runs Playwright.
const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // Per run, so two runs on one machine never delete each other's traces.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  // A failed test runs once more and is then reported as flaky, never hidden. Most flakiness came from browser
  // contexts left open across tests (e2e/fixtures.ts now closes them); the retry stays for a loaded 2-core machine.
  retries: 1,
  // Several people sign in and negotiate within one test; on a 2-core machine running the app, the realtime server
  // and a browser per delegation, the longest need more than a minute. A bound on a hung test, not an assertion on speed.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
