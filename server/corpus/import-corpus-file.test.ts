import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraftDocument } from '@/server/drafts/read-draft-document';
import { createPrismaClient, type Db } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { findCorpusDocument } from './find-corpus-document';
import { importCorpusFile } from './import-corpus-file';
import { readImportText } from './read-import-text';

const fixtures = path.join(__dirname, '..', '..', 'lib', 'corpus', 'fixtures');
const html = readFileSync(path.join(fixtures, 'colombia-sup-notes.html'));

let dir = '';
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-import-html-'));
  const file = path.join(dir, 'import.db');
  await migrateDatabase({ provider: 'sqlite', file });
  db = createPrismaClient({ provider: 'sqlite', file });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing an HTML export', () => {
  it('saves the document with its notes and the catalogue data read from its header; typed fields win', async () => {
    const { document } = await importCorpusFile(db, {
      name: 'CTOC_COP_2022_L.5_Rev.1.html',
      content: html,
      meta: { session: 'eleventh session (typed)' },
    });
    const saved = await findCorpusDocument(db, document.id);
    expect(saved).toMatchObject({
      symbol: 'CTOC/COP/2022/L.5/Rev.1',
      session: 'eleventh session (typed)',
      date: '2022-10-19',
      sponsors: 'Colombia',
      kind: 'revised draft resolution',
    });
    expect(saved?.paragraphs.map((paragraph) => paragraph.ref)).toEqual(['PP1', 'PP2', 'PP3', 'PP4', '1', '2']);
    expect(saved?.paragraphs[0].notes).toEqual(['United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.']);
  }, 60_000);

  it('reads .htm as HTML and names HTML among the accepted formats', async () => {
    const read = await readImportText({ name: 'x.htm', content: html });
    expect(read).toMatchObject({ format: 'markdown', text: expect.stringContaining('<sup>1</sup>') });
    await expect(readImportText({ name: 'x.xls', content: Buffer.from('x') })).rejects.toThrow(/\.html or \.htm/);
  });

  it('imports an HTML draft through the same reader', async () => {
    const { document } = await readDraftDocument({ name: 'colombia.html', content: html, corpusTexts: [], year: 2022 });
    expect(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.lead])).toEqual([
      ['PP1', 'Reaffirming'],
      ['PP2', 'Recalling'],
      ['PP3', 'Bearing in mind'],
      ['PP4', 'Recalling'],
      ['1', 'Urges'],
      ['2', 'Requests'],
    ]);
    expect(document.paragraphs[4].notes).toEqual(['General Assembly resolution 55/25, annex II.']);
  });
});
