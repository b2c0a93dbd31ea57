import type { TextRange } from '@/lib/search';

/** Marks the matched words so a delegate sees at a glance why a paragraph came up. */
export function HighlightedText({ text, ranges }: { text: string; ranges: TextRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [index, range] of [...ranges].sort((x, y) => x.start - y.start).entries()) {
    if (range.start < at) continue;
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={index}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
