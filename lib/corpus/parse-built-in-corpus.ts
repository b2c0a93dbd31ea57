import { buildVocabulary, type Vocabulary } from '../text/vocabulary';
import { collectItalicLeads } from './detect-lead';
import { manifestSchema, type CorpusManifestSource } from './manifest-schema';
import { parseDocumentBlocks, parseDocumentWithWarnings, type ParsedDocument } from './parse-document';
import { parseThematicIndex } from './parse-thematic-index';
import { readEndDate } from './read-dates';
import { readMarkdownBlocks } from './read-markdown-blocks';
import { readTextBlocks } from './read-text-blocks';
import { resolveTopicRefs, type IndexTargets } from './resolve-topic-refs';
import { splitCompendium, type CompendiumDocumentBlocks } from './split-compendium';
import { NOTE_MARKER_PATTERN, type SourceBlock } from './source-block';
import type { CorpusDocument, CorpusTopic, ParsedCorpus } from './types';

export interface CorpusFile {
  name: string;
  content: string;
}

function formatOf(name: string): 'markdown' | 'text' {
  return /\.(?:md|markdown)$/i.test(name) ? 'markdown' : 'text';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function catalogueMeta(entry: CorpusManifestSource): Partial<CorpusDocument> {
  const meta: Partial<CorpusDocument> = {
    kind: entry.kind,
    body: entry.body,
    year: entry.year,
    title: entry.title,
    sources: [entry.file],
  };
  if (entry.session) meta.session = entry.session;
  if (entry.date) meta.date = entry.date;
  if (entry.number) meta.number = entry.number;
  if (entry.sponsors) meta.sponsors = entry.sponsors;
  return meta;
}

/** Facts a compilation gives in its headings: the meeting or session, its dates, the issuing body. */
function sectionMeta(section: CompendiumDocumentBlocks, file: string): Partial<CorpusDocument> {
  const date = readEndDate(section.sectionHeading);
  const meta: Partial<CorpusDocument> = {
    session: lowerFirst(section.sectionHeading),
    sources: [file],
  };
  if (date) {
    meta.date = date;
    meta.year = Number(date.slice(0, 4));
  }
  if (section.heading === undefined) {
    const body = /adopted by the (.+?) at its\b/i.exec(section.partHeading)?.[1];
    const ordinal = /^(\S+)\s+meeting\b/i.exec(section.sectionHeading)?.[1];
    meta.kind = 'recommendations';
    meta.meeting = section.sectionNumber;
    if (body) {
      meta.body = body;
      meta.title = `Recommendations adopted by the ${body} at its ${ordinal ? lowerFirst(ordinal) : ''} meeting`.replace(/\s+/g, ' ');
    }
  }
  return meta;
}

function markerKeys(blocks: SourceBlock[]): Set<string> {
  const keys = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'body') continue;
    for (const match of block.text.matchAll(NOTE_MARKER_PATTERN)) keys.add(match[1]);
  }
  return keys;
}

/**
 * A footnote printed on the next page can land after the heading of the next
 * text; it belongs to the nearest earlier text that cites it.
 */
function moveStrayFootnotes(sections: CompendiumDocumentBlocks[]): void {
  const keys = sections.map((section) => markerKeys(section.blocks));
  sections.forEach((section, index) => {
    section.blocks = section.blocks.filter((block) => {
      if (block.kind !== 'footnote' || !block.footnoteKey || keys[index].has(block.footnoteKey)) return true;
      for (let earlier = index - 1; earlier >= 0; earlier -= 1) {
        if (keys[earlier].has(block.footnoteKey)) {
          sections[earlier].blocks.push(block);
          return false;
        }
      }
      return true;
    });
  });
}

interface CompendiumResult {
  documents: ParsedDocument[];
  topics: CorpusTopic[];
  resolved: number;
  unresolved: string[];
  external: number;
  warnings: string[];
}

function parseCompendium(file: CorpusFile, vocabulary: Vocabulary, knownLeads: Set<string>): CompendiumResult {
  const blocks =
    formatOf(file.name) === 'markdown' ? readMarkdownBlocks(file.content, vocabulary) : readTextBlocks(file.content, vocabulary);
  const layout = splitCompendium(blocks);
  moveStrayFootnotes(layout.documents);
  const documents = layout.documents.map((section) =>
    parseDocumentBlocks(section.blocks, {
      name: file.name,
      meta: sectionMeta(section, file.name),
      vocabulary,
      knownLeads,
      allowEmpty: section.heading === undefined,
      firstLine: section.blocks[0]?.line,
    }),
  );

  const targets: IndexTargets = { meetings: new Map(), sessions: new Map() };
  layout.documents.forEach((section, index) => {
    const document = documents[index].document;
    if (section.heading === undefined) {
      targets.meetings.set(document.meeting ?? section.sectionNumber, document);
      return;
    }
    const session = Number(document.number?.split('/')[0] ?? section.sectionNumber);
    targets.sessions.set(session, [...(targets.sessions.get(session) ?? []), document]);
  });

  if (layout.indexLine === undefined) {
    return { documents, topics: [], resolved: 0, unresolved: [], external: 0, warnings: [] };
  }
  const indexLines = file.content.replace(/\r\n?/g, '\n').split('\n').slice(layout.indexLine);
  const resolution = resolveTopicRefs(parseThematicIndex(indexLines), targets);
  return { documents, ...resolution };
}

function mergeInto(target: CorpusDocument, other: CorpusDocument, warnings: string[]): void {
  target.sources = [...new Set([...target.sources, ...other.sources])];
  for (const [key, value] of Object.entries(other)) {
    const record = target as unknown as Record<string, unknown>;
    if (record[key] === undefined && value !== undefined) record[key] = value;
  }
  const differing = target.paragraphs.filter((paragraph, index) => other.paragraphs[index]?.text !== paragraph.text);
  if (target.paragraphs.length !== other.paragraphs.length || differing.length > 0) {
    warnings.push(
      `${target.id}: the copies in ${target.sources.join(' and ')} differ ` +
        `(${target.paragraphs.length} vs ${other.paragraphs.length} paragraphs, ${differing.length} texts differ); kept the first`,
    );
  }
}

/** "adopted, with amendments, as resolution 10/3 (…)" → the adopted text. */
function linkOutcome(entry: CorpusManifestSource, draft: CorpusDocument, documents: CorpusDocument[]): void {
  const outcome = /\b(resolution|decision)\s+(\d+\/\d+)/i.exec(entry.outcome ?? '');
  if (!outcome) return;
  const kind = outcome[1].toLowerCase();
  const adopted = documents.find((document) => document.kind === kind && document.number === outcome[2]);
  if (!adopted) return;
  draft.becameId = adopted.id;
  adopted.draftIds = [...new Set([...(adopted.draftIds ?? []), draft.id])];
}

function sortKey(document: CorpusDocument): string {
  return `${document.date ?? `${document.year}-99-99`}|${document.id}`;
}

/**
 * Parses the built-in corpus: every catalogued file, the texts a compilation
 * contains (each its own document), its thematic index, and the links between
 * drafts and the resolutions they became. Pure: files and manifest come in.
 */
export function parseBuiltInCorpus(files: CorpusFile[], manifest: unknown): ParsedCorpus {
  const catalogue = manifestSchema.safeParse(manifest);
  if (!catalogue.success) {
    throw new Error(
      `Invalid corpus manifest: ${catalogue.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const warnings: string[] = [];
  const vocabulary = buildVocabulary(files.map((file) => file.content));
  const knownLeads = new Set(
    files.filter((file) => formatOf(file.name) === 'markdown').flatMap((file) => [...collectItalicLeads(file.content)]),
  );
  const byName = new Map(files.map((file) => [file.name, file]));

  const parsed: { entry?: CorpusManifestSource; result: ParsedDocument }[] = [];
  let topics: CorpusTopic[] = [];
  let resolvedRefs = 0;
  let unresolvedRefs: string[] = [];
  let externalRefs = 0;

  for (const entry of catalogue.data.sources) {
    const file = byName.get(entry.file);
    if (!file) {
      warnings.push(`${entry.file}: listed in the manifest but not found`);
      continue;
    }
    if (entry.kind === 'compendium') {
      const compendium = parseCompendium(file, vocabulary, knownLeads);
      parsed.push(...compendium.documents.map((result) => ({ result })));
      topics = [...topics, ...compendium.topics];
      resolvedRefs += compendium.resolved;
      unresolvedRefs = [...unresolvedRefs, ...compendium.unresolved];
      externalRefs += compendium.external;
      warnings.push(...compendium.warnings);
      continue;
    }
    const result = parseDocumentWithWarnings(
      file.content,
      {
        format: formatOf(file.name),
        name: file.name,
        meta: catalogueMeta(entry),
        vocabulary,
        knownLeads,
      },
      true,
    );
    parsed.push({ entry, result });
  }
  for (const file of files) {
    if (!catalogue.data.sources.some((entry) => entry.file === file.name) && file.name !== 'manifest.json') {
      warnings.push(`${file.name}: not in the manifest, skipped`);
    }
  }

  const byId = new Map<string, CorpusDocument>();
  for (const { result } of parsed) {
    warnings.push(...result.warnings.map((warning) => `${result.document.id}: ${warning}`));
    const existing = byId.get(result.document.id);
    if (existing) mergeInto(existing, result.document, warnings);
    else byId.set(result.document.id, result.document);
  }
  const documents = [...byId.values()];
  for (const { entry, result } of parsed) {
    const document = byId.get(result.document.id);
    if (entry && document) linkOutcome(entry, document, documents);
  }
  documents.sort((left, right) => sortKey(left).localeCompare(sortKey(right)));

  return {
    documents,
    topics,
    report: {
      documents: documents.length,
      paragraphs: documents.reduce((total, document) => total + document.paragraphs.length, 0),
      topics: topics.length,
      resolvedRefs,
      unresolvedRefs,
      externalRefs,
      warnings,
    },
  };
}
