/**
 * Opens generated files with a real Office-compatible reader. Needs
 * LibreOffice (`apt-get install -y libreoffice-writer-nogui`); skipped without it.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTexts } from '@/lib/compare';
import { buildTrackedChangesInput, exportDraftDocx, exportTrackedChangesDocx, type RefParagraph } from './index';
import { buildCorpusSnapshot, FIXED_DATE, readCorpusDocument } from '@/test-support/docx-fixtures';

const SOFFICE = '/usr/bin/soffice';

function stripTags(xml: string): string {
  return xml
    .replace(/<text:s\/>/g, ' ')
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe.skipIf(!existsSync(SOFFICE))('LibreOffice reads the generated files', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'zero-draft-docx-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  /** Converts with a private profile, so parallel runs and a user's LibreOffice do not collide. */
  function convert(buffer: Buffer, name: string, format: 'fodt' | 'txt:Text'): string {
    const input = join(workDir, `${name}.docx`);
    writeFileSync(input, buffer);
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', workDir, input],
      { timeout: 120_000, stdio: 'pipe' },
    );
    return readFileSync(join(workDir, `${name}.${format === 'fodt' ? 'fodt' : 'txt'}`), 'utf8');
  }

  it('shows the delegations as the authors of the tracked changes in a revised real draft', async () => {
    const document = readCorpusDocument('cop11-colombia-revised-draft-2022.md');
    const oldParagraphs: RefParagraph[] = document.paragraphs.map(({ ref, kind, text, lead, depth }) => ({
      ref,
      kind,
      text,
      depth,
      ...(lead ? { lead } : {}),
    }));
    const newParagraphs: RefParagraph[] = oldParagraphs
      .filter((paragraph) => paragraph.ref !== '3')
      .map((paragraph) =>
        paragraph.ref === 'PP1'
          ? { ...paragraph, text: paragraph.text.replace('the main international', 'the [main] international') }
          : paragraph.ref === '1'
            ? { ...paragraph, text: paragraph.text.replace(/^(\S+ )/, '$1[all] ') }
            : paragraph,
      );
    newParagraphs.splice(5, 0, {
      ref: 'PP-new',
      kind: 'preambular',
      text: 'Welcoming the contribution of civil society to the fight against trafficking in persons,',
      lead: 'Welcoming',
    });
    const delegationOf: Record<string, string> = { PP1: 'European Union', '1': 'Mexico', 'PP-new': 'Colombia' };
    const comparable = newParagraphs.map((paragraph) => ({ ...paragraph, attribution: delegationOf[paragraph.ref] ?? 'Colombia' }));
    const { pairs } = compareTexts(oldParagraphs, comparable);
    const input = buildTrackedChangesInput(pairs, {
      oldParagraphs,
      newParagraphs,
      authorFor: (pair) => (pair.status === 'deleted' ? 'Russian Federation' : pair.attribution),
      dateFor: () => FIXED_DATE,
    });
    const docx = await exportTrackedChangesDocx(
      { title: document.title, chapeau: document.chapeau ?? '', paragraphs: input.base },
      { title: document.title, chapeau: document.chapeau ?? '', paragraphs: input.paragraphs },
      { defaultDate: FIXED_DATE },
    );
    const fodt = convert(docx, 'tracked', 'fodt');
    const regions = [
      ...fodt.matchAll(/<text:changed-region[^>]*text:id="([^"]+)">\s*<text:(insertion|deletion)>[^]*?<dc:creator>([^<]*)<\/dc:creator>/g),
    ];
    const spans = regions
      .map(([, id, type, author]) => {
        const span = new RegExp(`<text:change-start text:change-id="${id}"/>([^]*?)<text:change-end text:change-id="${id}"/>`).exec(fodt);
        return {
          type,
          author,
          text: stripTags(span?.[1] ?? '').trim(),
          at: span?.index ?? -1,
          end: (span?.index ?? -1) + (span?.[0].length ?? 0),
        };
      })
      .sort((a, b) => a.at - b.at);
    // LibreOffice may keep a paragraph's deletion in two regions (the paragraph mark and lead, then the rest);
    // regions of one delegation's change that touch are the one change a person sees.
    const changes: { type: string | undefined; author: string | undefined; text: string }[] = [];
    let previous: (typeof spans)[number] | undefined;
    for (const span of spans) {
      const last = changes.at(-1);
      const touching = previous && last && /^(?:<[^>]*>|\s)*$/.test(fodt.slice(previous.end, span.at));
      if (touching && last.type === span.type && last.author === span.author) last.text = `${last.text} ${span.text}`;
      else changes.push({ type: span.type, author: span.author, text: span.text });
      previous = span;
    }
    expect(changes).toHaveLength(5);
    expect(changes).toEqual(
      expect.arrayContaining([
        // Word-level diff: the bracketed word replaces the bare one.
        { type: 'deletion', author: 'European Union', text: 'main' },
        { type: 'insertion', author: 'European Union', text: '[main]' },
        { type: 'insertion', author: 'Mexico', text: '[all]' },
        {
          type: 'insertion',
          author: 'Colombia',
          text: 'Welcoming the contribution of civil society to the fight against trafficking in persons,',
        },
        { type: 'deletion', author: 'Russian Federation', text: stripTags(oldParagraphs.find((p) => p.ref === '3')!.text) },
      ]),
    );
    expect(new Set(changes.map((change) => change.author))).toEqual(
      new Set(['European Union', 'Mexico', 'Colombia', 'Russian Federation']),
    );
    expect(fodt).toContain('<dc:date>2022-10-19T10:30:00</dc:date>');
    const body = stripTags(fodt.slice(fodt.indexOf('<office:text')));
    expect(body).toContain(document.title);
    expect(body).toContain('Welcoming the contribution of civil society');
  });

  it('numbers operative paragraphs and subparagraphs as the UN does in a real resolution', async () => {
    const text = convert(await exportDraftDocx(buildCorpusSnapshot('cop5-resolution-5-2-2010.md')), 'draft', 'txt:Text');
    const lines = text.split(/\r?\n/).map((line) => line.trim());
    expect(lines[0]).toContain('Implementation of the Protocol');
    expect(lines).toContain('The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,');
    expect(lines.some((line) => line.startsWith('1. Urges Member States that have not yet done so'))).toBe(true);
    const seven = lines.findIndex((line) => line.startsWith('7. Reaffirms'));
    expect(lines[seven + 1]).toMatch(/^\(a\) Each State party shall ensure/);
    expect(lines.some((line) => /^Recalling the functions assigned to it in article 32/.test(line))).toBe(true);
  });
});
