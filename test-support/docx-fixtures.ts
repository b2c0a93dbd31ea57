/**
 * Shared inputs for the Word tests: real resolution texts from the corpus and
 * a small hand-made package builder for documents as other authors write them.
 */

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parseDocument } from '@/lib/corpus/parse-document';
import type { CorpusDocument } from '@/lib/corpus/types';
import { createDraftDoc, readDraftSnapshot, type DraftSnapshot } from '@/lib/draft';

import { builtInCorpusDir as CORPUS_DIR } from '@/test-support/corpus-dir';

export { CORPUS_DIR };
export const FIXED_DATE = '2022-10-19T10:30:00Z';

export function readCorpusDocument(file: string): CorpusDocument {
  return parseDocument(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), { format: 'markdown', name: file });
}

export function buildCorpusSnapshot(file: string): DraftSnapshot {
  const document = readCorpusDocument(file);
  return readDraftSnapshot(
    createDraftDoc({
      title: document.title,
      body: document.body,
      chapeau: document.chapeau ?? '',
      paragraphs: document.paragraphs.map((paragraph) => ({
        kind: paragraph.kind,
        text: paragraph.text,
        ...(paragraph.lead ? { lead: paragraph.lead } : {}),
        depth: paragraph.depth,
      })),
    }),
  );
}

export function buildSmallSnapshot(): DraftSnapshot {
  return readDraftSnapshot(
    createDraftDoc({
      title: 'Trafficking in persons',
      body: 'Conference of the Parties',
      chapeau: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
      paragraphs: [
        { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
        { kind: 'preambular', text: 'Noting with concern [the rise][an increase] in cases,', lead: 'Noting with concern' },
        { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
        { kind: 'subparagraph', text: 'by training officers;', depth: 1 },
        { kind: 'subparagraph', text: 'in ports;', depth: 2 },
        { kind: 'subparagraph', text: 'in airports;', depth: 2 },
        { kind: 'subparagraph', text: 'by sharing data;', depth: 1 },
        { kind: 'operative', text: 'Requests the secretariat to report [at its next session].', lead: 'Requests' },
      ],
    }),
  );
}

export async function readPart(buffer: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(path);
  if (!file) throw new Error(`No ${path} in the package`);
  return file.async('string');
}

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal but valid .docx around a hand-written body, as another word processor might produce. */
export async function buildDocxPackage(
  bodyXml: string,
  parts: { styles?: string; numbering?: string; comments?: string } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NAMESPACE}"><w:body>${bodyXml}</w:body></w:document>`,
  );
  if (parts.styles) zip.file('word/styles.xml', `<w:styles xmlns:w="${W_NAMESPACE}">${parts.styles}</w:styles>`);
  if (parts.numbering) zip.file('word/numbering.xml', `<w:numbering xmlns:w="${W_NAMESPACE}">${parts.numbering}</w:numbering>`);
  if (parts.comments) zip.file('word/comments.xml', `<w:comments xmlns:w="${W_NAMESPACE}">${parts.comments}</w:comments>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** `<w:p>` with plain runs; `*words*` marks an italic run. */
export function buildParagraphXml(text: string, properties = ''): string {
  const runs = text
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('*')
        ? `<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${part.slice(1, -1)}</w:t></w:r>`
        : `<w:r><w:t xml:space="preserve">${part}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
}
