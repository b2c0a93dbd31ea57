import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocxImportError } from './docx-import-error';
import { importDraftDocx } from './import-draft-docx';
import { readXml, XmlSyntaxError } from './read-xml';

describe('readXml', () => {
  it('gives elements with their qualified names, attributes and text, entities decoded', () => {
    const xml =
      '<?xml version="1.0"?>\n<w:p xmlns:w="urn:w" w:id="1&amp;2"><w:t xml:space="preserve"> a &lt;b&gt; </w:t><![CDATA[c]]><!-- gone --></w:p>';
    expect(readXml(xml)).toEqual({
      name: 'w:p',
      attributes: { 'xmlns:w': 'urn:w', 'w:id': '1&2' },
      children: [{ name: 'w:t', attributes: { 'xml:space': 'preserve' }, children: [' a <b> '] }, 'c'],
    });
  });

  it('refuses what is not well-formed, and any DTD', () => {
    expect(() => readXml('<a><b></a>')).toThrow(XmlSyntaxError);
    expect(() => readXml('<a/><b/>')).toThrow(XmlSyntaxError);
    expect(() => readXml('')).toThrow(XmlSyntaxError);
    expect(() => readXml('<a>&undefined;</a>')).toThrow(XmlSyntaxError);
    expect(() => readXml('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')).toThrow(/document type declaration/);
  });

  it('makes a malformed Word part a DocxImportError naming the part', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="urn:w"><w:body><w:p></w:body></w:document>');
    const buffer = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await importDraftDocx(buffer).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocxImportError);
    expect((error as Error).message).toMatch(/word\/document\.xml is not well-formed XML/);
  });
});
