// Generates the Prisma clients without the CLI's native schema engine, which
// cannot be downloaded here: the generator only needs the variable to point
// at an existing file, and migrations run through the WebAssembly engine.
//
// Prisma does not accept env() in a datasource's provider, so the one source
// schema (prisma/schema.prisma, SQLite) is copied into
// generated/schema-postgresql.prisma with the provider switched, and a second
// client is generated from it (generated/prisma-postgresql). Both clients have
// the same API; server/db/client.ts picks one from DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'prisma', 'schema.prisma');
const postgresqlSchema = path.join(root, 'generated', 'schema-postgresql.prisma');

function replaceOnce(text, pattern, replacement, what) {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find ${what} to write the PostgreSQL copy.`);
  return text.replace(pattern, replacement);
}

function writePostgresqlSchema() {
  let text = readFileSync(source, 'utf8');
  text = replaceOnce(text, /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the sqlite datasource');
  text = replaceOnce(text, /(generator\s+client\s*\{[^}]*output\s*=\s*)"[^"]*"/, '$1"prisma-postgresql"', "the client's output");
  mkdirSync(path.dirname(postgresqlSchema), { recursive: true });
  writeFileSync(
    postgresqlSchema,
    `// Written by scripts/prisma-generate.mjs from prisma/schema.prisma: edit that file, not this one.\n${text}`,
  );
}

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

function generate(schema) {
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

writePostgresqlSchema();
generate(source);
generate(postgresqlSchema);
