import { romanToNumber } from './refs';
import type { SourceBlock } from './source-block';

export interface CompendiumDocumentBlocks {
  /** "A" / "B": the part of the compilation. */
  part: string;
  partHeading: string;
  /** Roman numeral of the section ("IV") and its value. */
  section: string;
  sectionNumber: number;
  /** "Fourth meeting, 10 to 12 October 2011". */
  sectionHeading: string;
  /** "Decision 4/4" when the section holds several texts, each under such a heading. */
  heading?: string;
  blocks: SourceBlock[];
}

export interface CompendiumLayout {
  documents: CompendiumDocumentBlocks[];
  /** 1-based line of the thematic index heading, if any. */
  indexLine?: number;
}

const PART_HEADING = /^([A-Z])\.\s+(\S.{10,300})$/;
const SECTION_HEADING = /^([IVXLC]+)\.\s+(\S.*?,\s+.*\b\d{4})$/;
const YEAR_AT_END = /\b\d{4}$/;
const TEXT_HEADING = /^(?:Resolution|Decision)\s+\d+\/\d+$/i;
const INDEX_HEADING = /^thematic index\b/i;

/**
 * Splits a compilation laid out as parts ("A. …"), sections ("IV. Fourth
 * meeting, 10 to 12 October 2011") and, inside sections, texts under their own
 * heading ("Resolution 10/3"). Front matter before the first part is skipped;
 * table-of-contents lines carry a page number after a tab and are not headings.
 */
export function splitCompendium(blocks: SourceBlock[]): CompendiumLayout {
  const documents: CompendiumDocumentBlocks[] = [];
  let part: { letter: string; heading: string } | undefined;
  let section: { roman: string; heading: string } | undefined;
  let current: CompendiumDocumentBlocks | undefined;

  const open = (heading?: string): CompendiumDocumentBlocks | undefined => {
    if (!part || !section) return undefined;
    const document: CompendiumDocumentBlocks = {
      part: part.letter,
      partHeading: part.heading,
      section: section.roman,
      sectionNumber: romanToNumber(section.roman) ?? 0,
      sectionHeading: section.heading,
      heading,
      blocks: [],
    };
    documents.push(document);
    return document;
  };

  for (const block of blocks) {
    const text = block.text.trim();
    const isHeadingCandidate = block.kind === 'body' && !text.includes('\t');
    if (isHeadingCandidate && INDEX_HEADING.test(text) && part) {
      return { documents, indexLine: block.line };
    }
    // Roman section numbers (I, V, X) also look like part letters: sections win inside a part.
    // A heading ends with its year; testing that first spares SECTION_HEADING's retries from every comma of a long block.
    const sectionMatch = isHeadingCandidate && part && YEAR_AT_END.test(text) ? SECTION_HEADING.exec(text) : null;
    if (sectionMatch && romanToNumber(sectionMatch[1]) !== undefined) {
      section = { roman: sectionMatch[1], heading: sectionMatch[2] };
      current = open();
      continue;
    }
    const partMatch = isHeadingCandidate ? PART_HEADING.exec(text) : null;
    if (partMatch && !/[.;:,]$/.test(text)) {
      part = { letter: partMatch[1], heading: partMatch[2] };
      section = undefined;
      current = undefined;
      continue;
    }
    if (isHeadingCandidate && TEXT_HEADING.test(text) && section) {
      if (current && current.heading === undefined && !current.blocks.some((candidate) => candidate.kind === 'body')) {
        documents.pop();
      }
      current = open(text);
    }
    current?.blocks.push(block);
  }
  return { documents };
}
