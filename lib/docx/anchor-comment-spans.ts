/** A thread on quoted words: its comment ids (all over one range) and the words. */
export interface CommentSpan {
  ids: number[];
  quote: string;
}

const RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/gs;
const PARAGRAPH = /<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function placeSpan(paragraph: string, span: CommentSpan): string {
  const whole = [...paragraph.matchAll(RUN)].map((match) => unescapeXml(match[2]!)).join('');
  const from = whole.indexOf(span.quote);
  if (from < 0 || span.quote === '') return paragraph;
  const to = from + span.quote.length;
  let stripped = paragraph;
  for (const id of span.ids) {
    stripped = stripped.replace(`<w:commentRangeStart w:id="${id}"/>`, '').replace(`<w:commentRangeEnd w:id="${id}"/>`, '');
  }
  const starts = span.ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('');
  const ends = span.ids.map((id) => `<w:commentRangeEnd w:id="${id}"/>`).join('');
  let offset = 0;
  return stripped.replace(RUN, (run, properties: string | undefined, raw: string) => {
    const text = unescapeXml(raw);
    const begin = offset;
    const end = offset + text.length;
    offset = end;
    const points: [number, string][] = [];
    if (from >= begin && from < end) points.push([from - begin, starts]);
    if (to > begin && to <= end) points.push([to - begin, ends]);
    if (points.length === 0) return run;
    const build = (part: string) => (part ? `<w:r>${properties ?? ''}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>` : '');
    let out = '';
    let cursor = 0;
    for (const [at, marker] of points) {
      out += build(text.slice(cursor, at)) + marker;
      cursor = at;
    }
    return out + build(text.slice(cursor));
  });
}

/**
 * Narrows the ranges of threads on quoted words from their whole paragraph to those words, splitting the runs
 * they start and end in (each piece keeps its run's formatting). A paragraph whose printed words do not hold the
 * quote keeps the whole-paragraph range. Works on the written document.xml, since the docx library builds ranges
 * only between whole runs.
 */
export function anchorCommentSpans(xml: string, spans: readonly CommentSpan[]): string {
  let result = xml;
  for (const span of spans) {
    const marker = `<w:commentRangeStart w:id="${span.ids[0]}"/>`;
    result = result.replace(PARAGRAPH, (paragraph) => (paragraph.includes(marker) ? placeSpan(paragraph, span) : paragraph));
  }
  return result;
}
