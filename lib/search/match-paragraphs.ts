import { normalizeLead } from './detect-query-facets';
import type { SearchFilter, SearchIndex } from './types';

/** Paragraphs a filter admits: a per-document mask, a paragraph set for topic filters, a lead id. */
export interface ParagraphFilter {
  documents: Uint8Array | null;
  paragraphs: Set<number> | null;
  /** Only paragraphs with this lead id (index.paragraphLead); NO_SUCH_LEAD when the corpus never opens with it. */
  lead: number | null;
}

/** Matches no paragraph's lead id (those are -1 or above). */
export const NO_SUCH_LEAD = -2;

function findLeadId(index: SearchIndex, lead: string | undefined): number | null {
  if (lead === undefined) return null;
  const key = normalizeLead(lead);
  if (key.length === 0) return null;
  return index.leadIds.get(key) ?? NO_SUCH_LEAD;
}

function buildDocumentMask(index: SearchIndex, filter: SearchFilter): Uint8Array | null {
  const { body, kind, yearFrom, yearTo, documentIds } = filter;
  if (body === undefined && kind === undefined && yearFrom === undefined && yearTo === undefined && !documentIds) {
    return null;
  }
  const bodyNeedle = body?.toLowerCase();
  const kinds = kind ? new Set(kind) : null;
  const ids = documentIds ? new Set(documentIds) : null;
  const mask = new Uint8Array(index.documents.length);
  index.documents.forEach(({ doc, alive }, slot) => {
    if (!alive) return;
    if (bodyNeedle !== undefined && !doc.body.toLowerCase().includes(bodyNeedle)) return;
    if (kinds && !kinds.has(doc.kind)) return;
    if (yearFrom !== undefined && doc.year < yearFrom) return;
    if (yearTo !== undefined && doc.year > yearTo) return;
    if (ids && !ids.has(doc.id)) return;
    mask[slot] = 1;
  });
  return mask;
}

function collectTopicParagraphs(index: SearchIndex, filter: SearchFilter): Set<number> | null {
  if (filter.topic === undefined && filter.topicRefs === undefined) return null;
  const refs = [...(filter.topicRefs ?? [])];
  if (filter.topic !== undefined) refs.push(...(index.topics.get(filter.topic.toLowerCase()) ?? []));
  const refsByDocument = new Map<string, string[]>();
  for (const { documentId, ref } of refs) {
    const list = refsByDocument.get(documentId) ?? [];
    list.push(ref);
    refsByDocument.set(documentId, list);
  }
  const paragraphs = new Set<number>();
  for (const [documentId, docRefs] of refsByDocument) {
    const slot = index.documentSlotById.get(documentId);
    if (slot === undefined) continue;
    const entry = index.documents[slot];
    entry.doc.paragraphs.forEach((paragraph, i) => {
      // the thematic index cites "45" for a paragraph whose subparagraphs are "45(a)"…
      if (docRefs.some((ref) => paragraph.ref === ref || paragraph.ref.startsWith(`${ref}(`))) {
        paragraphs.add(entry.firstParagraph + i);
      }
    });
  }
  return paragraphs;
}

export function buildParagraphFilter(index: SearchIndex, filter: SearchFilter | undefined): ParagraphFilter {
  if (!filter) return { documents: null, paragraphs: null, lead: null };
  return {
    documents: buildDocumentMask(index, filter),
    paragraphs: collectTopicParagraphs(index, filter),
    lead: findLeadId(index, filter.lead),
  };
}
