import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The URL path of a file under app/, as the matrix names it: route groups "(…)" vanish, [params] stay. */
function routePathOf(file: string): string {
  const relative = path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep);
  const segments = relative.filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

/** The HTTP methods a route file exports, by function, constant or re-export (`export { handle as GET }`). */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const method of httpMethods) {
    const declared = new RegExp(`export\\s+(async\\s+)?(function|const|let)\\s+${method}\\b`);
    const reexported = new RegExp(`export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}|export\\s*\\{[^}]*(^|[\\s,{])${method}\\s*[,}]`, 'm');
    if (declared.test(source) || reexported.test(source)) found.add(method);
  }
  return [...found];
}

/** "METHOD /path" for every route file and method on disk. */
export function listApiRoutesOnDisk(): string[] {
  return walk(path.join(root, 'app'))
    .filter((file) => /[\\/]route\.(ts|tsx|js)$/.test(file))
    .flatMap((file) => exportedMethods(readFileSync(file, 'utf8')).map((method) => `${method} ${routePathOf(file)}`))
    .sort();
}

/** The path of every page on disk. */
export function listPagesOnDisk(): string[] {
  return walk(path.join(root, 'app'))
    .filter((file) => /[\\/]page\.(tsx|ts|jsx|js)$/.test(file))
    .map((file) => routePathOf(file))
    .sort();
}

/** The commands cli/index.ts dispatches. */
export function listCliCommands(): string[] {
  const source = readFileSync(path.join(root, 'cli', 'index.ts'), 'utf8');
  return [...source.matchAll(/case\s+'([a-z][\w-]*)'\s*:/g)].map((match) => match[1]!).sort();
}
