import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Only points `next-intl/config` at i18n/request.ts (the language from the person, not the URL); no message extraction.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const config: NextConfig = {
  // Native and WebAssembly modules (and pdfkit, which reads its font metrics from its folder) stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    'pg',
    '@prisma/adapter-pg',
    '@prisma/schema-engine-wasm',
    'pdfkit',
    // pdf.js is read in the parse worker from node_modules; should a bundled module ever import it, it stays outside too.
    'pdfjs-dist',
  ],
  // `npm test` type-checks the whole project once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

export default withNextIntl(config);
