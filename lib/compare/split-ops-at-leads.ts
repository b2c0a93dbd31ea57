/** One change of a word diff, its text cut where an italic lead ends. */
export interface LeadSplitOp {
  op: -1 | 0 | 1;
  parts: { text: string; italic: boolean }[];
}

/**
 * Where the italic opening words fall in a diff (diff-match-patch convention): kept and inserted words are
 * measured against the lead of the new text, deleted words against the lead of the old one, so a change
 * printed with its marks keeps "Recalling also" italic whichever side the words come from.
 */
export function splitOpsAtLeads(ops: readonly (readonly [-1 | 0 | 1, string])[], lead = '', baseLead = ''): LeadSplitOp[] {
  let basePos = 0;
  let newPos = 0;
  return ops.map(([op, text]) => {
    const start = op === -1 ? basePos : newPos;
    const cut = Math.max(0, Math.min(text.length, (op === -1 ? baseLead.length : lead.length) - start));
    if (op !== 1) basePos += text.length;
    if (op !== -1) newPos += text.length;
    const parts = [
      ...(cut > 0 ? [{ text: text.slice(0, cut), italic: true }] : []),
      ...(cut < text.length ? [{ text: text.slice(cut), italic: false }] : []),
    ];
    return { op, parts };
  });
}
