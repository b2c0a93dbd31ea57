/**
 * Resolutions 10/3 and 11/5 and a pool of real sentences for the benchmark.
 * Uses the corpus parser (lib/corpus/load-built-in-corpus.ts) when it exists;
 * otherwise falls back to a rough reading of the compendium so the benchmark
 * still runs on real wording.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ComparableParagraph } from '../../lib/compare/types';
import type { CorpusDocument } from '../../lib/corpus/types';

export interface CorpusResolutions {
  source: 'corpus parser' | 'rough extraction from the compendium';
  older: ComparableParagraph[];
  newer: ComparableParagraph[];
  /** Every paragraph text of the corpus, for synthetic texts. */
  texts: string[];
}

const PARSER_PATH = fileURLToPath(new URL('../../lib/corpus/load-built-in-corpus.ts', import.meta.url));
const CORPUS_DIR = '/work/shared/corpus';
const COMPENDIUM = `${CORPUS_DIR}/unodc-tip-compendium-2024.md`;

export async function loadCorpusResolutions(): Promise<CorpusResolutions | null> {
  const parsed = await loadWithParser();
  if (parsed) return parsed;
  return existsSync(COMPENDIUM) ? readCompendiumRoughly(readFileSync(COMPENDIUM, 'utf8')) : null;
}

async function loadWithParser(): Promise<CorpusResolutions | null> {
  if (!existsSync(PARSER_PATH)) return null;
  const module = (await import(/* @vite-ignore */ PARSER_PATH)) as {
    loadBuiltInCorpus?: (dir?: string) => Promise<{ documents: CorpusDocument[] }> | { documents: CorpusDocument[] };
  };
  if (!module.loadBuiltInCorpus) return null;
  const { documents } = await module.loadBuiltInCorpus();
  const older = documents.find((document) => document.id === 'cop-res-10-3');
  const newer = documents.find((document) => document.id === 'cop-res-11-5');
  if (!older || !newer) return null;
  return {
    source: 'corpus parser',
    older: older.paragraphs,
    newer: newer.paragraphs,
    texts: documents.flatMap((document) => document.paragraphs.map((paragraph) => paragraph.text)),
  };
}

function readCompendiumRoughly(compendium: string): CorpusResolutions {
  const lines = compendium.split('\n');
  const start10 = lines.indexOf('Resolution 10/3');
  const start11 = lines.indexOf('Resolution 11/5');
  const end10 = lines.findIndex((line, index) => index > start10 && line.startsWith('VII.'));
  const end11 = lines.findIndex((line, index) => index > start11 && line.startsWith('Thematic index'));
  // Heading, title and chapeau (with their blank lines) are not paragraphs.
  const section = (from: number, to: number) => lines.slice(from + 5, to).join('\n');
  const partA = lines.slice(0, start10).join('\n');
  return {
    source: 'rough extraction from the compendium',
    older: splitParagraphs(section(start10, end10)),
    newer: splitParagraphs(section(start11, end11)),
    texts: splitParagraphs(partA, true).map((paragraph) => paragraph.text),
  };
}

function splitParagraphs(body: string, keepAll = false): ComparableParagraph[] {
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').replace(/\*/g, '').trim())
    .filter((block) => block && !/^PP \d+$/.test(block) && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(block));
  // A block not ending a clause was cut by a page break: glue it to the next one.
  const joined: string[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (last && !/[,;:.][⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(last)) joined[joined.length - 1] = `${last} ${block}`;
    else joined.push(block);
  }
  const paragraphs: ComparableParagraph[] = [];
  let preambular = 0;
  let operative = '';
  for (const block of joined) {
    const numbered = /^(\d+)\. (.*)$/.exec(block);
    const lettered = /^\(([a-z]+)\) (.*)$/.exec(block);
    if (numbered) {
      operative = numbered[1]!;
      paragraphs.push({ ref: operative, kind: 'operative', text: numbered[2]! });
    } else if (lettered) {
      paragraphs.push({ ref: `${operative}(${lettered[1]})`, kind: 'subparagraph', text: lettered[2]! });
    } else if (!operative || keepAll) {
      preambular += 1;
      paragraphs.push({ ref: `PP${preambular}`, kind: 'preambular', text: block });
    }
  }
  return paragraphs;
}
