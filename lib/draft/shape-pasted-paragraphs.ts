import { detectParagraphLead } from '@/lib/corpus/detect-lead';
import type { ParagraphKind } from './types';

/** A pasted paragraph as the draft takes it: its number or letter taken off (numbering is derived), its kind read from them. */
export interface PastedParagraph {
  text: string;
  kind: ParagraphKind;
  /** 0 for preambular and operative paragraphs, 1 for (a), 2 for (i). */
  depth: number;
  /** Italic opening words, a prefix of `text`. */
  lead?: string;
  /** The paste said what the paragraph is (a number, a letter, a roman numeral, a preambular participle). */
  shaped: boolean;
}

export interface PasteTarget {
  kind: ParagraphKind;
  depth: number;
}

const NUMBER = /^(\d{1,3})\s*[.)]\s+(?=\S)/;
const LETTERED = /^\(?([a-z]{1,2}|[ivxlc]{1,7})\)\s+(?=\S)/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

type Marker = { kind: 'operative' } | { kind: 'subparagraph'; label: string } | null;

function readMarker(line: string): { marker: Marker; rest: string } {
  const number = NUMBER.exec(line);
  if (number) return { marker: { kind: 'operative' }, rest: line.slice(number[0].length) };
  const lettered = LETTERED.exec(line);
  if (lettered) return { marker: { kind: 'subparagraph', label: lettered[1]! }, rest: line.slice(lettered[0].length) };
  return { marker: null, rest: line };
}

function startsWithMarker(line: string): boolean {
  return readMarker(line.trim()).marker !== null;
}

/**
 * Whether a lettered label is a roman numeral (a level deeper) here: "(ii)"
 * always is, "(i)" is unless it follows "(h)", and "(v)" or "(x)" are only
 * within a run of roman numerals.
 */
function isRomanHere(label: string, previousLetter: string | undefined, inRomanRun: boolean): boolean {
  if (!ROMAN.test(label)) return false;
  if (label.length > 1) return true;
  if (label === 'i') return previousLetter !== 'h' || inRomanRun;
  return inRomanRun && (label === 'v' || label === 'x');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Ends the way a paragraph of a resolution ends: "," for preambular, ";" or "." for operative, ":" before subparagraphs. */
function endsParagraph(line: string): boolean {
  return /[,;.:]["”’)]?\s*$/.test(line);
}

function opensWithLead(line: string): boolean {
  const text = line.trim();
  return detectParagraphLead(text, 'preambular') !== undefined || detectParagraphLead(text, 'operative') !== undefined;
}

/**
 * Pasted plain text split into paragraphs. A blank line always ends one; a
 * single line break ends one only where the next line opens a paragraph of a
 * resolution (a number, a letter, or, after a line that ends like a
 * paragraph, a participle or verb). Other line breaks are hard wraps copied
 * from PDFs and become spaces.
 */
export function splitPastedText(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const joined = tidy(current.join(' '));
    if (joined.length > 0) paragraphs.push(joined);
    current = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous !== undefined && (startsWithMarker(line) || (endsParagraph(previous) && opensWithLead(line)))) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

/** Whether a single pasted line says it is a paragraph of its own ("1. Requests …", "(a) To …"). */
export function isMarkedParagraph(text: string): boolean {
  return startsWithMarker(text);
}

/**
 * Opens with a preambular participle: "Recalling", "Bearing in mind", and
 * "Concerned" or "Convinced" when the paragraph ends with the preambular
 * comma, since reports' operative paragraphs open with past tenses too
 * ("Requested the secretariat …;").
 */
function isPreambular(text: string): boolean {
  const lead = detectParagraphLead(text, 'preambular');
  if (lead === undefined) return false;
  return /\b[A-Za-z]+ing\b/.test(lead.split(' ').slice(0, 2).join(' ')) || /,["”’)]?$/.test(text);
}

/**
 * The UN form of pasted paragraphs: "1." or "1)" makes an operative
 * paragraph, "(a)" a subparagraph, "(i)" one a level deeper, a preambular
 * participle with no number a preambular paragraph; anything else takes the
 * shape of the paragraph pasted into. Numbers and letters are taken off.
 */
export function shapePastedParagraphs(texts: readonly string[], target: PasteTarget): PastedParagraph[] {
  let previousLetter: string | undefined;
  let inRomanRun = false;
  return texts.flatMap((raw): PastedParagraph[] => {
    const { marker, rest } = readMarker(tidy(raw));
    const text = tidy(rest);
    if (text.length === 0) return [];
    let shape: { kind: ParagraphKind; depth: number; shaped: boolean };
    if (marker?.kind === 'operative') {
      shape = { kind: 'operative', depth: 0, shaped: true };
      previousLetter = undefined;
      inRomanRun = false;
    } else if (marker?.kind === 'subparagraph') {
      const roman = isRomanHere(marker.label, previousLetter, inRomanRun);
      shape = { kind: 'subparagraph', depth: roman ? 2 : 1, shaped: true };
      inRomanRun = roman;
      if (!roman) previousLetter = marker.label;
    } else if (isPreambular(text)) {
      shape = { kind: 'preambular', depth: 0, shaped: true };
    } else {
      shape = { kind: target.kind, depth: target.kind === 'subparagraph' ? target.depth : 0, shaped: false };
    }
    const lead = shape.kind === 'subparagraph' ? undefined : detectParagraphLead(text, shape.kind);
    return [{ text, ...shape, ...(lead && lead.length < text.length ? { lead } : {}) }];
  });
}
