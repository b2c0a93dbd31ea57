import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { diffWords } from '@/lib/compare/diff-words';
import { en, es, fr } from '@/test-support/messages';
import {
  describeProposalSentence,
  nameInSentence,
  type ProposalSentenceInput,
  quoteWords,
  speakParagraphLabel,
} from './describe-proposal-sentence';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'proposalSentence' });
const tFr = createTranslator({ locale: 'fr', messages: fr, namespace: 'proposalSentence' });
const tEs = createTranslator({ locale: 'es', messages: es, namespace: 'proposalSentence' });

function amend(baseText: string, text: string): ProposalSentenceInput {
  return { kind: 'amend', delegationName: 'European Union', paragraphLabel: '3.', baseText, text, ops: diffWords(baseText, text).ops };
}

describe('describeProposalSentence', () => {
  it('reads a replacement with both wordings and the paragraph', () => {
    expect(describeProposalSentence(amend('States shall protect rights', 'States should protect rights'), t)).toBe(
      'European Union proposes to replace “shall” with “should” in OP 3',
    );
  });

  it('reads an insertion after the words it follows', () => {
    expect(describeProposalSentence(amend('Calls upon all States to act', 'Calls upon all States to act swiftly'), t)).toBe(
      'European Union proposes to insert “swiftly” after “all States to act” in OP 3',
    );
  });

  it('reads an insertion at the start of the paragraph', () => {
    expect(describeProposalSentence(amend('States act', 'All States act'), t)).toBe(
      'European Union proposes to insert “All” at the start in OP 3',
    );
  });

  it('reads a deletion of words', () => {
    expect(describeProposalSentence(amend('Calls upon all States to act', 'Calls upon States to act'), t)).toBe(
      'European Union proposes to delete “all” in OP 3',
    );
  });

  it('counts several changes and lists each', () => {
    expect(describeProposalSentence(amend('One two three four five six', 'One 2 three four five'), t)).toBe(
      'European Union proposes 2 changes in OP 3: to replace “two” with “2”; to delete “six”',
    );
  });

  it('reads a new paragraph, a deletion, an alternative and a move', () => {
    const base = { delegationName: 'Mexico', baseText: '', text: '', ops: [] } as const;
    expect(
      describeProposalSentence({ ...base, kind: 'add', paragraphLabel: undefined, afterLabel: '2.', text: 'Decides to remain seized.' }, t),
    ).toBe('Mexico proposes a new paragraph after OP 2: “Decides to remain seized.”');
    expect(describeProposalSentence({ ...base, kind: 'add', text: 'Recalling its resolutions' }, t)).toBe(
      'Mexico proposes a new paragraph at the start: “Recalling its resolutions”',
    );
    expect(describeProposalSentence({ ...base, kind: 'delete', paragraphLabel: 'PP2', baseText: 'Noting the report' }, t)).toBe(
      'Mexico proposes to delete PP2: “Noting the report”',
    );
    expect(
      describeProposalSentence({ ...base, kind: 'alternative', paragraphLabel: '4.', alternative: 'ter', text: 'Urges States' }, t),
    ).toBe('Mexico proposes an alternative to OP 4 (OP 4 ter): “Urges States”');
    expect(describeProposalSentence({ ...base, kind: 'move', paragraphLabel: '1.', afterLabel: '5.' }, t)).toBe(
      'Mexico proposes to move OP 1 to after OP 5',
    );
    expect(describeProposalSentence({ ...base, kind: 'move', paragraphLabel: '3.' }, t)).toBe('Mexico proposes to move OP 3 to the start');
  });

  it('says when the paragraph is gone', () => {
    expect(describeProposalSentence({ ...amend('a b', 'a c'), paragraphLabel: undefined }, t)).toBe(
      'European Union proposes to replace “b” with “c” in a paragraph no longer in the text',
    );
  });
});

describe('describeProposalSentence in French and Spanish', () => {
  it('builds the sentence in the language, with its quotation marks and word order', () => {
    const replacement = amend('States shall protect rights', 'States should protect rights');
    expect(describeProposalSentence(replacement, tFr)).toBe('European Union propose de remplacer « shall » par « should » dans OP 3');
    expect(describeProposalSentence(replacement, tEs)).toBe('European Union propone reemplazar «shall» por «should» en OP 3');
  });

  it('reads a move, a new paragraph and several changes in French', () => {
    const base = { delegationName: 'Mexico', baseText: '', text: '', ops: [] } as const;
    expect(describeProposalSentence({ ...base, kind: 'move', paragraphLabel: '1.', afterLabel: '5.' }, tFr)).toBe(
      'Mexico propose de déplacer OP 1 après OP 5',
    );
    expect(describeProposalSentence({ ...base, kind: 'add', afterLabel: '2.', text: 'Decides to remain seized.' }, tFr)).toBe(
      'Mexico propose un nouveau paragraphe après OP 2 : « Decides to remain seized. »',
    );
    expect(describeProposalSentence(amend('One two three four five six', 'One 2 three four five'), tFr)).toBe(
      'European Union propose 2 modifications dans OP 3 : de remplacer « two » par « 2 » ; de supprimer « six »',
    );
  });
});

describe('quoteWords', () => {
  it('quotes short text whole, spaces folded', () => {
    expect(quoteWords('  the  right\nto food ')).toBe('“the right to food”');
  });

  it('keeps the opening and closing words of a long passage, cut at word boundaries', () => {
    const long =
      'Recognizes that the right to adequate food is realized when every man, woman and child has physical and economic access at all times';
    const quoted = quoteWords(long);
    expect(quoted.length).toBeLessThanOrEqual(84);
    expect(quoted).toMatch(/^“Recognizes that the right to adequate food .*… .*at all times”$/);
    expect(quoted).not.toMatch(/\w…|…\w/);
  });

  it('cuts a single overlong word', () => {
    expect(quoteWords('x'.repeat(200))).toBe(`“${'x'.repeat(79)}…”`);
  });
});

describe('speakParagraphLabel and nameInSentence', () => {
  it('reads operative numbers as OP n and leaves other labels', () => {
    expect(speakParagraphLabel('12.')).toBe('OP 12');
    expect(speakParagraphLabel('PP3')).toBe('PP3');
    expect(speakParagraphLabel('(a)')).toBe('(a)');
  });

  it('puts "the" before names that take it', () => {
    expect(nameInSentence('European Union')).toBe('the European Union');
    expect(nameInSentence('United States')).toBe('the United States');
    expect(nameInSentence('Mexico')).toBe('Mexico');
  });
});
