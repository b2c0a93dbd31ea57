/**
 * Builds .device/: everything bench:realtime needs on a lent machine that has
 * no Node, nothing installed and no network (run there with bash .device/run.sh).
 *
 *   node bench/device/prepare.mjs
 *
 * - bench/*.mjs: esbuild bundles of bench:realtime and of each process it
 *   starts (server, client worker, SQLite draft maker), found by the benchmark
 *   beside itself; no tsx at run time. Also bench:search (search.mjs, its
 *   query sets copied to bench/search/; run it with --corpus corpus).
 * - node_modules/: better-sqlite3 (native, so not bundled: its JS and its .node
 *   built for this very Node), its loader, and the schema engine's .wasm.
 * - prisma/: the schema and migrations the SQLite draft is migrated with.
 * - node.xz: this machine's Node binary; bin/taskset in case the machine lacks it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, '.device');
const limitBytes = 64 * 1024 * 1024;

for (const name of ['bench', 'node_modules', 'prisma', 'bin', 'run.sh']) rmSync(path.join(out, name), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/**
 * The reference server's utils import y-leveldb at the top but use it only when YPERSISTENCE is set, which
 * the benchmark never does; its native LevelDB cannot load from a bundle, so a stand-in takes its place.
 */
const withoutLevelDb = {
  name: 'without-leveldb',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^y-leveldb$/ }, () => ({ path: 'y-leveldb', namespace: 'stand-in' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
      contents: "export class LeveldbPersistence { constructor() { throw new Error('y-leveldb is not in the device bundle.'); } }",
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: {
    realtime: 'bench/realtime.ts',
    'our-server': 'bench/realtime/our-server.ts',
    'reference-server': 'bench/realtime/reference-server.ts',
    'client-worker': 'bench/realtime/client-worker.ts',
    'sqlite-draft': 'bench/realtime/sqlite-draft.ts',
    search: 'bench/search.ts',
  },
  outdir: path.join(out, 'bench'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  external: ['better-sqlite3'],
  // CommonJS packages inside an ES module bundle still call require.
  banner: {
    js: "import { createRequire as createBundleRequire } from 'node:module'; const require = createBundleRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [withoutLevelDb],
});

function copyPackage(name, parts) {
  const from = path.join(root, 'node_modules', name);
  const to = path.join(out, 'node_modules', name);
  for (const part of parts) cpSync(path.join(from, part), path.join(to, part), { recursive: true });
}
copyPackage('better-sqlite3', ['package.json', 'lib', 'build/Release/better_sqlite3.node']);
copyPackage('bindings', ['package.json', 'bindings.js']);
copyPackage('file-uri-to-path', ['package.json', 'index.js']);
// The schema engine's bindings are bundled; its .wasm is read from beside its package (server/db/schema-engine.ts).
copyPackage('@prisma/schema-engine-wasm', ['package.json', 'schema_engine_bg.js', 'schema_engine_bg.wasm']);

// bench:search reads its query sets from beside itself.
for (const name of readdirSync(path.join(root, 'bench', 'search')).filter((file) => file.endsWith('.json')))
  cpSync(path.join(root, 'bench', 'search', name), path.join(out, 'bench', 'search', name));

cpSync(path.join(root, 'prisma', 'schema.prisma'), path.join(out, 'prisma', 'schema.prisma'));
cpSync(path.join(root, 'prisma', 'migrations'), path.join(out, 'prisma', 'migrations'), { recursive: true });

const taskset = execFileSync('sh', ['-c', 'command -v taskset'], { encoding: 'utf8' }).trim();
mkdirSync(path.join(out, 'bin'), { recursive: true });
copyFileSync(taskset, path.join(out, 'bin', 'taskset'));
copyFileSync(path.join(root, 'bench', 'device', 'run.sh'), path.join(out, 'run.sh'));
chmodSync(path.join(out, 'run.sh'), 0o755);

const nodeXz = path.join(out, 'node.xz');
if (!existsSync(nodeXz) || statSync(nodeXz).mtimeMs < statSync(process.execPath).mtimeMs) {
  console.log(`Compressing ${process.execPath} (xz -9, a minute or two)…`);
  execFileSync('sh', ['-c', 'xz -9 -c "$1" > "$2.tmp" && mv "$2.tmp" "$2"', 'sh', process.execPath, nodeXz], { stdio: 'inherit' });
}

function sizeOf(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(file).reduce((sum, name) => sum + sizeOf(path.join(file, name)), 0);
}
const total = sizeOf(out);
for (const name of readdirSync(out).sort())
  console.log(`  ${name.padEnd(14)} ${(sizeOf(path.join(out, name)) / 1024 / 1024).toFixed(1)} MiB`);
console.log(`.device: ${(total / 1024 / 1024).toFixed(1)} MiB (limit 64 MiB), for Node ${process.version}`);
if (total >= limitBytes) {
  console.error('.device is over 64 MiB: the device run cannot carry it.');
  process.exit(1);
}
