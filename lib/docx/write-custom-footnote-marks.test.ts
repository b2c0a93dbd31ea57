import { describe, expect, it } from 'vitest';
import { rewriteFootnotes } from './write-custom-footnote-marks';

const SEPARATORS =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';

function buildNote(id: number, text: string): string {
  return `<w:footnote w:id="${id}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t>${text}</w:t></w:r></w:p></w:footnote>`;
}

describe('rewriteFootnotes', () => {
  it('numbers footnotes in the order the document refers to them and writes the custom mark into its footnote', () => {
    const documentXml =
      '<w:body><w:p><w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r></w:p>' +
      '<w:p><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:body>';
    const footnotesXml = `<w:footnotes>${SEPARATORS}${buildNote(1, 'First note.')}${buildNote(2, 'Second note.')}${buildNote(3, 'Also on behalf of Peru.')}</w:footnotes>`;
    const rewritten = rewriteFootnotes(documentXml, footnotesXml, [{ id: 3, mark: '*' }]);
    expect([...rewritten.documentXml.matchAll(/<w:footnoteReference[^>]*>/g)].map(([reference]) => reference)).toEqual([
      '<w:footnoteReference w:customMarkFollows="1" w:id="1"/>',
      '<w:footnoteReference w:id="2"/>',
      '<w:footnoteReference w:id="3"/>',
    ]);
    expect(rewritten.footnotesXml).toBe(
      `<w:footnotes>${SEPARATORS}` +
        '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t xml:space="preserve">*</w:t></w:r><w:r><w:t>Also on behalf of Peru.</w:t></w:r></w:p></w:footnote>' +
        `${buildNote(2, 'First note.')}${buildNote(3, 'Second note.')}</w:footnotes>`,
    );
  });

  it('refuses a custom mark for a footnote the document never refers to', () => {
    expect(() =>
      rewriteFootnotes('<w:body/>', `<w:footnotes>${SEPARATORS}${buildNote(1, 'Note.')}</w:footnotes>`, [{ id: 1, mark: '*' }]),
    ).toThrow(/not referred to/);
  });
});
