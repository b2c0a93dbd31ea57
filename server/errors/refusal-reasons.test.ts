import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en, es, fr } from '@/test-support/messages';

const root = join(import.meta.dirname, '..', '..');

/**
 * Refusals that only a command-line tool or the server's own log ever shows, so English is the reader's language:
 * the file, and why. Anything else a person can meet in the browser names a reason the browser translates.
 */
const answeredOnlyInEnglish: Record<string, string> = {
  'server/backup/check-postgres-database-empty.ts': 'restore runs from the command line (npm run -s cli -- restore)',
  'server/backup/check-sqlite-file-empty.ts': 'restore runs from the command line',
  'server/backup/read-backup-file.ts': 'restore runs from the command line',
  'server/backup/restore-backup.ts': 'restore runs from the command line',
  'server/backup/write-backup.ts': 'backups are written from the command line (npm run -s cli -- backup)',
  'server/users/set-user-password.ts': 'only the administration command sets a password directly',
};

function listSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Refusal {
  file: string;
  line: number;
  reason: string | null;
}

function findRefusals(): Refusal[] {
  const refusals: Refusal[] = [];
  for (const path of ['server', 'app', 'realtime'].flatMap((folder) => listSources(join(root, folder)))) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('new AppError(')) continue;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'AppError') {
        const reason = node.arguments?.[2];
        refusals.push({
          file: relative(root, path),
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          reason: reason && ts.isStringLiteralLike(reason) ? reason.text : reason ? '(computed)' : null,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return refusals;
}

const refusals = findRefusals();

describe('refusals the browser shows', () => {
  it('name a reason, except those only scripts and the log read', () => {
    const unnamed = refusals.filter((refusal) => refusal.reason === null && !(refusal.file in answeredOnlyInEnglish));
    expect(unnamed.map((refusal) => `${refusal.file}:${refusal.line}`)).toEqual([]);
  });

  it.each([
    ['en', en],
    ['fr', fr],
    ['es', es],
  ])('have their reason worded in %s', (_, messages) => {
    const reasons = messages.refusals.reasons as Record<string, string>;
    const missing = refusals.filter((refusal) => refusal.reason && refusal.reason !== '(computed)' && !(refusal.reason in reasons));
    expect(missing.map((refusal) => `${refusal.file}:${refusal.line} ${refusal.reason}`)).toEqual([]);
  });
});
