import { describe, expect, it } from 'vitest';
import { isAppError } from '@/server/errors/app-error';
import { readCorrectedImport } from './read-corrected-import';

const post = (body: string) => new Request('http://127.0.0.1/api/drafts/import/save', { method: 'POST', body });

const previewed = {
  fileName: 'data.md',
  document: {
    id: 'ignored',
    title: 'Data',
    kind: 'draft resolution',
    body: '',
    year: 2026,
    paragraphs: [
      { ref: '7', kind: 'operative', text: 'Urges States to collect data;', lead: 'Urges', depth: 0 },
      { ref: '99(z)', kind: 'subparagraph', text: 'disaggregated by sex and age;', depth: 1 },
    ],
  },
};

describe('readCorrectedImport', () => {
  it('takes kinds, texts and leads from the browser and computes references and the id itself', async () => {
    const { fileName, document } = await readCorrectedImport(post(JSON.stringify(previewed)));
    expect(fileName).toBe('data.md');
    expect(document.id).toBe('data');
    expect(document.paragraphs.map((paragraph) => paragraph.ref)).toEqual(['1', '1(a)']);
    expect(document.paragraphs[0]?.lead).toBe('Urges');
  });

  it('refuses what is not JSON, and a document that breaks the schema, saying where', async () => {
    await expect(readCorrectedImport(post('{'))).rejects.toSatisfy((error) => isAppError(error, 'invalid-input'));
    const bad = structuredClone(previewed);
    bad.document.paragraphs[1]!.kind = 'chapeau';
    const refusal = await readCorrectedImport(post(JSON.stringify(bad))).catch((error: unknown) => error);
    expect(isAppError(refusal, 'invalid-input')).toBe(true);
    expect((refusal as Error).message).toMatch(/document\.paragraphs\.1\.kind/);
    expect((refusal as Error).message).toMatch(/Nothing was saved/);
  });
});
