import { describe, expect, it } from 'vitest';
import { anchorCommentSpans } from './anchor-comment-spans';

const italic = '<w:rPr><w:i/></w:rPr>';
const paragraph =
  '<w:p><w:pPr><w:pStyle w:val="Operative"/></w:pPr><w:commentRangeStart w:id="4"/><w:commentRangeStart w:id="5"/>' +
  `<w:r>${italic}<w:t xml:space="preserve">Urges</w:t></w:r><w:r><w:t xml:space="preserve"> States &amp; parties to act;</w:t></w:r>` +
  '<w:commentRangeEnd w:id="4"/><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="4"/></w:r><w:r><w:commentReference w:id="5"/></w:r></w:p>';

describe('anchorCommentSpans', () => {
  it('narrows a range to the quoted words across runs, each piece keeping its formatting', () => {
    const xml = anchorCommentSpans(`<w:body>${paragraph}</w:body>`, [{ ids: [4, 5], quote: 'ges States &' }]);
    expect(xml).toContain(
      `<w:r>${italic}<w:t xml:space="preserve">Ur</w:t></w:r><w:commentRangeStart w:id="4"/><w:commentRangeStart w:id="5"/>` +
        `<w:r>${italic}<w:t xml:space="preserve">ges</w:t></w:r><w:r><w:t xml:space="preserve"> States &amp;</w:t></w:r>` +
        '<w:commentRangeEnd w:id="4"/><w:commentRangeEnd w:id="5"/><w:r><w:t xml:space="preserve"> parties to act;</w:t></w:r>',
    );
    expect(xml.match(/commentRangeStart/g)).toHaveLength(2);
    expect(xml.match(/commentRangeEnd/g)).toHaveLength(2);
    expect(xml).toContain('<w:r><w:commentReference w:id="4"/></w:r>');
  });

  it('keeps the whole paragraph when the words are not in it', () => {
    expect(anchorCommentSpans(paragraph, [{ ids: [4, 5], quote: 'no such words' }])).toBe(paragraph);
  });
});
