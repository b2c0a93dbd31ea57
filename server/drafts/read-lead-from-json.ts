import type { ProseMirrorJson } from '@/lib/editor';

interface JsonNode {
  type?: string;
  text?: string;
  marks?: { type: string }[];
  content?: JsonNode[];
}

/** The italic opening words of the first block, as `readFragmentLead` finds them in the live document. */
export function readFragmentLeadFromJson(doc: ProseMirrorJson): string | undefined {
  const first = (doc as JsonNode).content?.[0];
  let lead = '';
  for (const node of first?.content ?? []) {
    if (node.type !== 'text' || !node.marks?.some((mark) => mark.type === 'italic')) break;
    lead += node.text ?? '';
  }
  return lead.trim().length > 0 ? lead : undefined;
}
