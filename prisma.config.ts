import { defineConfig } from 'prisma/config';

// The CLI is used only for `prisma generate`; migrations are applied by
// server/db/migrate.ts through the WebAssembly schema engine, so no engine
// binary is downloaded.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
