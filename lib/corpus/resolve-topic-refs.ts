import type { IndexEntry, IndexTopic } from './parse-thematic-index';
import { letterToNumber, numberToLetter, numberToRoman, romanToNumber } from './refs';
import type { CorpusDocument, CorpusTopic, TopicRef } from './types';

export interface TopicResolution {
  topics: CorpusTopic[];
  resolved: number;
  unresolved: string[];
  external: number;
  warnings: string[];
}

/** Where the texts of each part of the compilation live: meeting → list, session → texts. */
export interface IndexTargets {
  /** Documents of part A keyed by meeting number. */
  meetings: Map<number, CorpusDocument>;
  /** Documents of part B keyed by session number (first number of "10/3"). */
  sessions: Map<number, CorpusDocument[]>;
}

function expandRange(component: string, romanLevel: boolean): string[] | undefined {
  const match = /^([0-9A-Za-z]+)[-–](?:[IVXLC]+\.)?([0-9A-Za-z]+)$/.exec(component);
  if (!match) return [component];
  const [, from, to] = match;
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const values: string[] = [];
    for (let value = Number(from); value <= Number(to); value += 1) values.push(String(value));
    return values;
  }
  const asRoman = [romanToNumber(from), romanToNumber(to)];
  if (romanLevel && asRoman[0] !== undefined && asRoman[1] !== undefined) {
    const values: string[] = [];
    for (let value = asRoman[0]; value <= asRoman[1]; value += 1) values.push(numberToRoman(value));
    return values;
  }
  const asLetter = [letterToNumber(from), letterToNumber(to)];
  if (asLetter[0] !== undefined && asLetter[1] !== undefined && from === from.toLowerCase()) {
    const values: string[] = [];
    for (let value = asLetter[0]; value <= asLetter[1]; value += 1) values.push(numberToLetter(value));
    return values;
  }
  return undefined;
}

/**
 * "13.i" → ["13(i)"], "PP.1-11" → ["PP1" … "PP11"], "a-d" under a number → letters,
 * "m.iv" in a text lettered from the top → ["(m)(iv)"]. Ranges expand at the last level.
 */
export function expandIndexPath(written: string): string[] | undefined {
  const path = written.replace(/([-–])[IVXLC]+\./, '$1');
  const components = path.split('.');
  if (components[0] === 'PP') {
    return expandRange(components.slice(1).join('.'), false)?.map((value) => `PP${value}`);
  }
  const numbered = /^\d+([-–]\d+)?$/.test(components[0]);
  const last = components.length - 1;
  const lettersBefore = numbered ? last - 1 : last;
  const romanLevel = lettersBefore >= 1;
  const values = expandRange(components[last], romanLevel);
  if (!values) return undefined;
  const prefix = components.slice(0, last);
  return values.map((value) => {
    const all = [...prefix, value];
    const head = numbered ? all[0] : '';
    const parts = (numbered ? all.slice(1) : all).map((part) => `(${part})`).join('');
    return `${head}${parts}`;
  });
}

function pickDocument(entry: IndexEntry, targets: IndexTargets): CorpusDocument | undefined {
  const number = romanToNumber(entry.section);
  if (number === undefined) return undefined;
  if (entry.part === 'A') return targets.meetings.get(number);
  const candidates = targets.sessions.get(number) ?? [];
  if (candidates.length <= 1) return candidates[0];
  const named = entry.texts.map((text) => text.split(/\s+/)[1]);
  return candidates.find((document) => document.number !== undefined && named.includes(document.number)) ?? candidates[0];
}

/**
 * An index may drop a level ("I.iii" for subparagraph (b)(iii) of a text
 * lettered from the top). Accept the reference when exactly one paragraph ends
 * with that part.
 */
function findBySuffix(document: CorpusDocument, path: string): string | undefined {
  if (path.includes('.')) return undefined;
  const suffix = `(${path})`;
  const matches = document.paragraphs.filter((paragraph) => paragraph.depth > 0 && paragraph.ref.endsWith(suffix));
  return matches.length === 1 ? matches[0].ref : undefined;
}

export function resolveTopicRefs(indexTopics: IndexTopic[], targets: IndexTargets): TopicResolution {
  const unresolved: string[] = [];
  const warnings: string[] = [];
  let resolved = 0;
  let external = 0;
  const topics = indexTopics.map((indexTopic): CorpusTopic => {
    const refs: TopicRef[] = [];
    const seen = new Set<string>();
    const topicUnresolved: string[] = [];
    external += indexTopic.externalRefs;
    for (const entry of indexTopic.entries) {
      const document = pickDocument(entry, targets);
      const wanted = expandIndexPath(entry.path);
      const label = `${entry.part === 'B' ? 'Part B ' : 'Part A '}${entry.raw}`;
      if (!document || !wanted) {
        topicUnresolved.push(label);
        continue;
      }
      const refsOfDocument = new Set(document.paragraphs.map((paragraph) => paragraph.ref));
      for (const ref of wanted) {
        let found = refsOfDocument.has(ref) ? ref : undefined;
        if (!found && wanted.length === 1) {
          found = findBySuffix(document, entry.path);
          if (found) warnings.push(`Index ${label} read as ${document.id} ${found} (the index omits a level)`);
        }
        if (!found) {
          topicUnresolved.push(wanted.length === 1 ? label : `${label} (${ref})`);
          continue;
        }
        resolved += 1;
        const key = `${document.id}#${found}`;
        if (!seen.has(key)) {
          seen.add(key);
          refs.push({ documentId: document.id, ref: found });
        }
      }
    }
    unresolved.push(...topicUnresolved.map((label) => `${indexTopic.topic}: ${label}`));
    return { topic: indexTopic.topic, refs, unresolved: topicUnresolved };
  });
  return { topics, resolved, unresolved, external, warnings };
}
