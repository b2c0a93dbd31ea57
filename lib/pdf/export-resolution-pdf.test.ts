import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportResolutionPdf } from './export-resolution-pdf';

const PDFTOTEXT = '/usr/bin/pdftotext';
const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resolution = {
  title: 'Strengthening ocean protection',
  body: 'Conference of the Parties',
  subtitle: 'Rev.1',
  chapeau: 'The Conference of the Parties,',
  paragraphs: [
    {
      kind: 'preambular' as const,
      number: 'PP1',
      depth: 0,
      text: 'Recalling its resolution 9/1 on “marine” protection,',
      lead: 'Recalling',
    },
    { kind: 'operative' as const, number: '1', depth: 0, text: 'Urges States parties to act without delay;', lead: 'Urges' },
    { kind: 'subparagraph' as const, number: '(a)', depth: 1, text: 'by training officers;' },
    {
      kind: 'operative' as const,
      number: '2',
      depth: 0,
      text: 'Requests the secretariat to report — in Côte d’Ivoire 東京.',
      lead: 'Requests',
    },
  ],
};

describe('exportResolutionPdf', () => {
  it('writes a PDF with the Times fonts, italics among them', async () => {
    const pdf = await exportResolutionPdf(resolution);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    for (const font of ['Times-Roman', 'Times-Bold', 'Times-Italic']) expect(raw).toContain(`/BaseFont /${font}`);
  });

  it.skipIf(!existsSync(PDFTOTEXT))('reads back with pdftotext: title, chapeau, paragraphs in order with their numbers', async () => {
    const file = path.join(dir, 'resolution.pdf');
    writeFileSync(file, await exportResolutionPdf(resolution));
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const order = [
      'Conference of the Parties',
      'Strengthening ocean protection',
      'Rev.1',
      'The Conference of the Parties,',
      'Recalling its resolution 9/1 on “marine” protection,',
      '1. Urges States parties to act without delay;',
      '(a) by training officers;',
      '2. Requests the secretariat to report — in Côte d’Ivoire ??.',
    ];
    let at = 0;
    for (const expected of order) {
      const found = text.indexOf(expected, at);
      expect(found, `"${expected}" after position ${at} in: ${text}`).toBeGreaterThanOrEqual(0);
      at = found + expected.length;
    }
    expect(text).not.toContain('PP1');
  });
});
