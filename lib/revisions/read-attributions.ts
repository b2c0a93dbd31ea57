interface JsonNode {
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: JsonNode[];
}

/** Delegation codes carried by attribution marks anywhere in a paragraph's ProseMirror JSON, in first-seen order. */
export function readAttributions(content: unknown): string[] {
  const found: string[] = [];
  const visit = (node: JsonNode | undefined): void => {
    if (!node || typeof node !== 'object') return;
    for (const mark of node.marks ?? []) {
      const delegation = mark.type === 'attribution' ? mark.attrs?.delegation : undefined;
      if (typeof delegation === 'string' && delegation && !found.includes(delegation)) found.push(delegation);
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(content as JsonNode);
  return found;
}
