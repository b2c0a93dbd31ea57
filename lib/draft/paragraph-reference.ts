import type { ParagraphKind } from './types';

/** A paragraph as a delegate names it: "PP3", "OP 12", "OP 3 (a)", "OP 3 (a)(ii)". */
export type ParagraphReference =
  | { kind: 'preambular'; number: number }
  | { kind: 'operative'; number: number; subparagraphs: readonly string[] };

export interface ReferencedParagraph {
  kind: ParagraphKind;
  depth: number;
  /** As the room shows it: PP1, 1., (a), (i). */
  label: string;
}

const preambularPattern = /^pp\s*\.?\s*(\d+)\.?$/;
const operativePattern = /^(?:op\s*\.?\s*)?(\d+)\.?\s*((?:\(?\s*[a-z]+\s*\)?\s*)*)$/;
const subparagraphPattern = /\(?\s*([a-z]+)\s*\)?/g;

/** Reads what a delegate typed into "Go to paragraph"; null when it names no paragraph. */
export function parseParagraphReference(input: string): ParagraphReference | null {
  const text = input.trim().toLowerCase();
  const preambular = preambularPattern.exec(text);
  if (preambular) return { kind: 'preambular', number: Number(preambular[1]) };
  const operative = operativePattern.exec(text);
  if (!operative) return null;
  const subparagraphs = [...(operative[2] ?? '').matchAll(subparagraphPattern)].map((match) => match[1] as string);
  // Below (a) there is only (i): a third level would name nothing.
  if (subparagraphs.length > 2) return null;
  return { kind: 'operative', number: Number(operative[1]), subparagraphs };
}

/** The reference the way the room writes it, for messages: "PP3", "OP 12", "OP 3 (a)". */
export function formatParagraphReference(reference: ParagraphReference): string {
  if (reference.kind === 'preambular') return `PP${reference.number}`;
  return [`OP ${reference.number}`, ...reference.subparagraphs.map((part) => `(${part})`)].join(' ');
}

/**
 * The index of the paragraph a reference names, or -1. Subparagraph labels
 * restart under each operative paragraph, so "(a)" is looked for only between
 * its operative paragraph and the next one.
 */
export function findReferencedParagraph(paragraphs: readonly ReferencedParagraph[], reference: ParagraphReference): number {
  if (reference.kind === 'preambular') {
    return paragraphs.findIndex((paragraph) => paragraph.kind === 'preambular' && paragraph.label === `PP${reference.number}`);
  }
  let index = paragraphs.findIndex((paragraph) => paragraph.kind === 'operative' && paragraph.label === `${reference.number}.`);
  for (const [level, part] of reference.subparagraphs.entries()) {
    if (index < 0) return -1;
    const depth = level + 1;
    let found = -1;
    for (let next = index + 1; next < paragraphs.length; next++) {
      const paragraph = paragraphs[next] as ReferencedParagraph;
      if (paragraph.kind !== 'subparagraph' || paragraph.depth < depth) break;
      if (paragraph.depth === depth && paragraph.label === `(${part})`) {
        found = next;
        break;
      }
    }
    index = found;
  }
  return index;
}
