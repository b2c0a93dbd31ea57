import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readParagraphOrder } from '@/lib/draft';
import { createProposal, objectToProposal, supportProposal, withdrawProposal } from '@/lib/proposals';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import { readPart } from '@/test-support/docx-fixtures';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { exportCompilationDocx } from './export-compilation-docx';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [code, name] of [
    ['EU', 'European Union'],
    ['COL', 'Colombia'],
    ['MEX', 'Mexico'],
  ] as const)
    await database.db.delegation.upsert({ where: { code }, update: {}, create: { code, name, colour: '#003399' } });
});

afterAll(async () => {
  await database.dispose();
});

function readRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

describe('exportCompilationDocx', () => {
  it("reads the draft's proposals from its shared document and prints them under their paragraphs, changes marked, open only unless all", async () => {
    const draftId = await createSampleDraft(database);
    const doc = (await readDraftDoc(database.db, draftId))!;
    const [, urges] = readParagraphOrder(doc) as [string, string];
    const who = { authorId: database.userId, authorName: 'Eva' };
    const amendment = createProposal(doc, {
      kind: 'amend',
      paragraphId: urges,
      text: 'Urges all States parties to act;',
      explanation: 'Closer to agreed language.',
      delegation: 'EU',
      delegationName: 'European Union',
      ...who,
    });
    supportProposal(doc, amendment, 'COL');
    objectToProposal(doc, amendment, 'MEX');
    const withdrawn = createProposal(doc, { kind: 'delete', paragraphId: urges, delegation: 'COL', delegationName: 'Colombia', ...who });
    withdrawProposal(doc, withdrawn);
    await database.db.draft.update({ where: { id: draftId }, data: { ydocState: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
    doc.destroy();

    const open = await exportCompilationDocx(database.db, { id: draftId, title: 'Test draft' }, { all: false });
    expect(open.title).toBe('Test draft compilation');
    const xml = await readPart(open.buffer, 'word/document.xml');
    const rows = readRows(xml);
    expect(rows).toEqual([
      'ParagraphCurrent text and proposed changesProposed bySupported byObjected to byStatus',
      '1Urges States parties to act;Current textOpen',
      '1AmendmentUrges all States parties to act;Explanation: Closer to agreed language.European UnionColombiaMexicoOpen',
    ]);
    const underlined = [
      ...xml.matchAll(/<w:r><w:rPr>(?:(?!<\/w:r>).)*<w:u w:val="single"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g),
    ];
    expect(underlined.map((run) => run[1]!.trim()).join(' ')).toBe('all');

    const all = readRows(
      await readPart(
        (await exportCompilationDocx(database.db, { id: draftId, title: 'Test draft' }, { all: true })).buffer,
        'word/document.xml',
      ),
    );
    expect(all).toHaveLength(4);
    // Both proposals were made within the same millisecond here, so their order between them is not the point.
    expect(all.slice(2)).toContain('1DeletionUrges States parties to act;ColombiaWithdrawn');
    expect(all.slice(2)).toContain(
      '1AmendmentUrges all States parties to act;Explanation: Closer to agreed language.European UnionColombiaMexicoOpen',
    );
  });

  it('answers not found for a draft that does not exist', async () => {
    await expect(exportCompilationDocx(database.db, { id: 'nope', title: 'x' }, { all: false })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
