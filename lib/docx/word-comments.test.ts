import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildSmallSnapshot, readPart } from '@/test-support/docx-fixtures';
import { canReadBack, SOFFICE } from '@/test-support/read-back-document';
import { exportDraftDocx, exportTrackedChangesDocx, type TrackedBaseText, type WordCommentThread } from './index';

interface ReadComment {
  id: string;
  author: string;
  initials: string;
  date: string;
  text: string;
}

function readComments(xml: string): ReadComment[] {
  return [...xml.matchAll(/<w:comment ([^>]*)>(.*?)<\/w:comment>/gs)].map((match) => {
    const attribute = (name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(match[1]!)?.[1] ?? '';
    return {
      id: attribute('id'),
      author: attribute('author'),
      date: attribute('date'),
      initials: attribute('initials'),
      text: [...match[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('\n'),
    };
  });
}

/** The text of each paragraph of the body, with the ids of the comment ranges it holds. */
function readRanges(xml: string): { text: string; starts: string[]; ends: string[]; references: string[] }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)]
    .map((match) => ({
      text: [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
      starts: [...match[1]!.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((id) => id[1]!),
      ends: [...match[1]!.matchAll(/<w:commentRangeEnd w:id="(\d+)"\/>/g)].map((id) => id[1]!),
      references: [...match[1]!.matchAll(/<w:commentReference w:id="(\d+)"\/>/g)].map((id) => id[1]!),
    }))
    .filter((paragraph) => paragraph.starts.length > 0);
}

const thread = (anchor: string): WordCommentThread[] => [
  {
    anchor,
    resolved: true,
    entries: [
      { author: 'European Union', initials: 'EU', date: '2026-11-26T17:00:00.000Z', text: 'Reservation pending instructions.' },
      { author: 'Mexico', initials: 'MEX', date: '2026-11-26T17:05:00.000Z', text: 'We can support it.' },
    ],
  },
  {
    anchor,
    quote: 'to act',
    entries: [{ author: 'Chair', initials: 'CHAIR', date: '2026-11-26T18:00:00.000Z', text: 'Adopted under silence procedure.' }],
  },
];

describe('Word comments', () => {
  it('prints threads on their paragraph: authors, initials, dates, replies threaded, resolved ones marked', async () => {
    const snapshot = buildSmallSnapshot();
    const urges = snapshot.paragraphs.find((paragraph) => paragraph.text.startsWith('Urges'))!;
    const buffer = await exportDraftDocx(snapshot, { comments: [...thread(urges.id), ...thread('no-such-paragraph')] });
    const comments = readComments(await readPart(buffer, 'word/comments.xml'));
    expect(comments.slice(0, 3)).toEqual([
      {
        id: '0',
        author: 'European Union',
        initials: 'EU',
        date: '2026-11-26T17:00:00.000Z',
        text: '(resolved) Reservation pending instructions.',
      },
      { id: '1', author: 'Mexico', initials: 'MEX', date: '2026-11-26T17:05:00.000Z', text: 'We can support it.' },
      {
        id: '2',
        author: 'Chair',
        initials: 'CHAIR',
        date: '2026-11-26T18:00:00.000Z',
        text: 'On “to act”: Adopted under silence procedure.',
      },
    ]);
    // Replies are threaded to their comment for Word, which shows them as one conversation, and the thread is done.
    const extended = await readPart(buffer, 'word/commentsExtended.xml');
    expect(extended).toMatch(/w15:paraIdParent=/);
    expect(extended).toMatch(/w15:done="1"/);
    const ranges = readRanges(await readPart(buffer, 'word/document.xml'));
    // Only the paragraph the threads are on holds ranges; a thread on a paragraph not in the file is left out.
    expect(ranges).toEqual([
      { text: 'Urges States parties to act;', starts: ['0', '1', '2'], ends: ['2', '0', '1'], references: ['0', '1', '2'] },
    ]);
    // The thread on quoted words ranges over those words only, its run split around them.
    expect(await readPart(buffer, 'word/document.xml')).toContain(
      '<w:t xml:space="preserve"> States parties </w:t></w:r><w:commentRangeStart w:id="2"/><w:r><w:t xml:space="preserve">to act</w:t></w:r><w:commentRangeEnd w:id="2"/><w:r><w:t xml:space="preserve">;</w:t></w:r>',
    );
  });

  it('writes nothing of comments when there are none', async () => {
    const zip = await JSZip.loadAsync(await exportDraftDocx(buildSmallSnapshot()));
    expect(zip.file('word/comments.xml')).toBeNull();
  });

  it('anchors threads by reference in a tracked-changes export, never on a deleted paragraph', async () => {
    const base: TrackedBaseText = {
      title: 'T',
      chapeau: '',
      paragraphs: [
        { ref: '1', kind: 'operative', text: 'Urges States parties to act;' },
        { ref: '2', kind: 'operative', text: 'Requests a report.' },
      ],
    };
    const buffer = await exportTrackedChangesDocx(
      base,
      {
        title: 'T',
        chapeau: '',
        paragraphs: [
          { ref: '1', baseRef: '1', kind: 'operative', text: 'Urges all States parties to act;', change: 'revised' },
          { baseRef: '2', kind: 'operative', text: 'Requests a report.', change: 'deleted' },
        ],
      },
      { defaultDate: '2026-11-26T10:00:00Z', comments: thread('1') },
    );
    const ranges = readRanges(await readPart(buffer, 'word/document.xml'));
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.text).toContain('to act;');
    expect(readComments(await readPart(buffer, 'word/comments.xml')).map((comment) => comment.author)).toEqual([
      'European Union',
      'Mexico',
      'Chair',
    ]);
  });

  it.skipIf(!canReadBack)(
    'opens in LibreOffice with the comments on the paragraph',
    async () => {
      const snapshot = buildSmallSnapshot();
      const urges = snapshot.paragraphs.find((paragraph) => paragraph.text.startsWith('Urges'))!;
      const buffer = await exportDraftDocx(snapshot, { comments: thread(urges.id) });
      const workDir = mkdtempSync(join(tmpdir(), 'zero-draft-comments-'));
      try {
        writeFileSync(join(workDir, 'document.docx'), buffer);
        execFileSync(
          SOFFICE,
          [
            `-env:UserInstallation=file://${join(workDir, 'profile')}`,
            '--headless',
            '--convert-to',
            'odt',
            '--outdir',
            workDir,
            join(workDir, 'document.docx'),
          ],
          { timeout: 120_000, stdio: 'pipe' },
        );
        const zip = await JSZip.loadAsync(readFileSync(join(workDir, 'document.odt')));
        const content = await zip.file('content.xml')!.async('string');
        const annotations = [...content.matchAll(/<office:annotation [^>]*>(.*?)<\/office:annotation>/gs)].map((match) => ({
          author: /<dc:creator>([^<]*)</.exec(match[1]!)?.[1],
          text: [...match[1]!.matchAll(/<text:p[^>]*>(.*?)<\/text:p>/g)].map((line) => line[1]).join('\n'),
        }));
        // LibreOffice lists the annotations of one range in its own order.
        expect(annotations).toHaveLength(3);
        expect(annotations).toEqual(
          expect.arrayContaining([
            { author: 'European Union', text: '(resolved) Reservation pending instructions.' },
            { author: 'Mexico', text: 'We can support it.' },
            { author: 'Chair', text: 'On “to act”: Adopted under silence procedure.' },
          ]),
        );
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
