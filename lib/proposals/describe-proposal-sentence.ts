import type { DiffOp } from '@/lib/compare/types';
import type { ProposalKind } from './proposal-doc-parts';

/** What a sentence about a proposal needs, whether it comes from the shared document or a stored record. */
export interface ProposalSentenceInput {
  kind: ProposalKind;
  delegationName: string;
  /** The paragraph's label as the room shows it ("PP2", "3.", "(a)"); undefined once the paragraph is gone. */
  paragraphLabel?: string;
  /** For add and move: the paragraph it goes after; undefined for the start. */
  afterLabel?: string;
  alternative?: string;
  baseText: string;
  text: string;
  ops: readonly DiffOp[];
}

const quoteLimit = 80;

/** "3." is read "OP 3": the gutter's number alone says nothing to someone listening. */
export function speakParagraphLabel(label: string): string {
  const operative = /^(\d+)\.?$/.exec(label.trim());
  return operative ? `OP ${operative[1]}` : label.trim();
}

/**
 * A quotation short enough to listen to: long passages keep their opening and closing words around an
 * ellipsis, cut at word boundaries.
 */
export function quoteWords(text: string, limit = quoteLimit): string {
  return `“${shortenWords(text, limit)}”`;
}

/** The words of a quotation without its quotation marks, which differ by language (“…”, « … »). */
export function shortenWords(text: string, limit = quoteLimit): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const words = flat.split(' ');
  let headEnd = 0;
  for (let length = 0; headEnd < words.length && length + words[headEnd]!.length + 1 <= limit * 0.6; headEnd += 1) {
    length += words[headEnd]!.length + 1;
  }
  let tailStart = words.length;
  for (let length = 0; tailStart - 1 >= headEnd && length + words[tailStart - 1]!.length + 1 <= limit * 0.3; tailStart -= 1) {
    length += words[tailStart - 1]!.length + 1;
  }
  if (headEnd === 0) return `${flat.slice(0, limit - 1)}…`;
  const head = words.slice(0, headEnd).join(' ');
  const tail = words.slice(tailStart).join(' ');
  return tail ? `${head} … ${tail}` : `${head}…`;
}

/** The messages of the `proposalSentence` namespace; the browser passes its translator for them. */
export type ProposalSentenceKey =
  | 'quote'
  | 'goneParagraph'
  | 'afterParagraph'
  | 'atStart'
  | 'add'
  | 'moveAfter'
  | 'moveToStart'
  | 'delete'
  | 'alternative'
  | 'amendUnchanged'
  | 'amendOne'
  | 'amendMany'
  | 'changeSeparator'
  | 'replaceWords'
  | 'deleteWords'
  | 'insertWordsAfter'
  | 'insertWordsAtStart';

/** Translates one sentence message; the sentence is built from messages so each language orders its own words. */
export type TranslateSentence = (key: ProposalSentenceKey, values?: Record<string, string | number>) => string;

interface ChangeGroup {
  removed: string;
  added: string;
  before: string;
}

function groupChanges(ops: readonly DiffOp[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  let kept = '';
  let current: ChangeGroup | null = null;
  for (const [op, text] of ops) {
    if (op === 0) {
      if (current) groups.push(current);
      current = null;
      kept += text;
      continue;
    }
    current ??= { removed: '', added: '', before: kept };
    if (op === -1) current.removed += text;
    else current.added += text;
  }
  if (current) groups.push(current);
  return groups.filter((group) => group.removed.trim() !== '' || group.added.trim() !== '');
}

/** The few words an insertion follows, so "after “the right to”" finds the place without the whole paragraph. */
function lastWords(text: string, count = 4): string {
  return text.trim().split(/\s+/).filter(Boolean).slice(-count).join(' ');
}

function describeChange(group: ChangeGroup, t: TranslateSentence): string {
  const quote = (text: string) => t('quote', { text: shortenWords(text) });
  const removed = group.removed.trim();
  const added = group.added.trim();
  if (removed && added) return t('replaceWords', { removed: quote(removed), added: quote(added) });
  if (removed) return t('deleteWords', { removed: quote(removed) });
  const before = lastWords(group.before);
  return before ? t('insertWordsAfter', { added: quote(added), before: quote(before) }) : t('insertWordsAtStart', { added: quote(added) });
}

/**
 * A proposal as one sentence a screen reader can say in place of the redline:
 * "European Union proposes to replace “shall” with “should” in OP 3".
 */
export function describeProposalSentence(proposal: ProposalSentenceInput, t: TranslateSentence): string {
  const quote = (text: string) => t('quote', { text: shortenWords(text) });
  const who = proposal.delegationName;
  const where = proposal.paragraphLabel ? speakParagraphLabel(proposal.paragraphLabel) : t('goneParagraph');
  const after = proposal.afterLabel ? t('afterParagraph', { label: speakParagraphLabel(proposal.afterLabel) }) : t('atStart');
  switch (proposal.kind) {
    case 'add':
      return t('add', { who, after, text: quote(proposal.text) });
    case 'move':
      return proposal.afterLabel ? t('moveAfter', { who, where, after }) : t('moveToStart', { who, where });
    case 'delete':
      return t('delete', { who, where, text: quote(proposal.baseText) });
    case 'alternative':
      return t('alternative', { who, where, suffix: proposal.alternative ?? 'bis', text: quote(proposal.text) });
    case 'amend': {
      const changes = groupChanges(proposal.ops).map((group) => describeChange(group, t));
      if (changes.length === 0) return t('amendUnchanged', { who, where });
      if (changes.length === 1) return t('amendOne', { who, change: changes[0]!, where });
      return t('amendMany', { who, count: changes.length, where, changes: changes.join(t('changeSeparator')) });
    }
  }
}

/** Names that take "the" inside a sentence ("a proposal by the European Union", "by Mexico"). */
const takesArticle =
  /^(United|European|Russian Federation|Republic|Holy See|Netherlands|Philippines|Gambia|Bahamas|Czech Republic|Dominican Republic|Central African|Democratic|Islamic Republic|Syrian|Marshall Islands|Solomon Islands|Comoros|Maldives|Niger$|Sudan$|Group of|African Union)/;

/** A delegation's name as it reads after "by" or "to". */
export function nameInSentence(name: string): string {
  return takesArticle.test(name) ? `the ${name}` : name;
}
