import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { createDraftDoc, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import { en, es, fr } from '@/test-support/messages';
import { describeRoomFailure } from './describe-room-failure';
import { describeHistoryAction } from './paragraph-history';
import { describeLoadError, describePrepared, describeSendFailure } from './prepared-proposals';
import {
  buildCompilation,
  createProposal,
  type CompilationWords,
  ProposalNotOpenError,
  readProposals,
  withdrawProposal,
} from './proposal-model';

const catalogues = { en, fr, es };
type Language = keyof typeof catalogues;

const history = (locale: Language) => createTranslator({ locale, messages: catalogues[locale], namespace: 'paragraphHistory' });
const prepared = (locale: Language) => createTranslator({ locale, messages: catalogues[locale], namespace: 'preparedProposals' });
const actions = (locale: Language) => createTranslator({ locale, messages: catalogues[locale], namespace: 'proposalActions' });
const compilationWords = (locale: Language): CompilationWords => {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'compilationActions' });
  return (key, values) => t(key, values);
};
const names = new Map([['COL', 'Colombia']]);
// The server's own sentence, as a refusal describer gives it to an English reader.
const serverSentence = (body: { error?: string }) => body.error ?? '';

describe('paragraph history entries', () => {
  it('read as they always did in English, and in the person’s language otherwise; quoted words stay as written', () => {
    const created = { kind: 'amend', text: 'Urges all States' };
    expect(describeHistoryAction('proposal.create', created, names, history('en'))).toBe('proposed an amendment: “Urges all States”');
    expect(describeHistoryAction('proposal.create', created, names, history('fr'))).toBe('a proposé un amendement : « Urges all States »');
    expect(describeHistoryAction('proposal.support', { proposer: 'COL' }, names, history('en'))).toBe("supported Colombia's proposal");
    expect(describeHistoryAction('proposal.support', { proposer: 'COL' }, names, history('fr'))).toBe(
      'a appuyé la proposition de Colombia',
    );
    const tabled = { kind: 'alternative', draftedBy: { name: 'Anna Schmidt' } };
    expect(describeHistoryAction('proposal.table', tabled, names, history('en'))).toBe(
      'tabled an alternative prepared in private by Anna Schmidt',
    );
    expect(describeHistoryAction('proposal.table', tabled, names, history('fr'))).toBe(
      'a déposé une variante préparée en privé par Anna Schmidt',
    );
    expect(describeHistoryAction('proposal.accept', { proposer: 'COL', bracketNote: 'agreed' }, names, history('en'))).toBe(
      "accepted Colombia's proposal (agreed)",
    );
    expect(describeHistoryAction('proposal.update', { proposer: 'COL', version: 2 }, names, history('es'))).toBe(
      'redactó la versión 2 de la propuesta de Colombia',
    );
    expect(describeHistoryAction('comment.resolve', {}, names, history('en'))).toBe('resolved a comment thread');
    expect(describeHistoryAction('paragraph.bracket', {}, names, history('fr'))).toBe('a mis le paragraphe entre crochets');
  });
});

describe('the private preparation panel', () => {
  it('names prepared proposals and failures in the person’s language, the English as before', () => {
    expect(describePrepared('amend', 'PP1', prepared('en'))).toBe('Amendment to PP1');
    expect(describePrepared('amend', 'PP1', prepared('fr'))).toBe('Amendement à PP1');
    expect(describePrepared('delete', '2.', prepared('es'))).toBe('Supresión de 2.');
    expect(describeSendFailure({}, 502, serverSentence, prepared('en'))).toBe('That did not work (502).');
    expect(describeSendFailure({}, 502, serverSentence, prepared('fr'))).toBe('Cela n’a pas fonctionné (502).');
    expect(describeSendFailure({ error: 'Already tabled.' }, 409, serverSentence, prepared('fr'))).toBe('Already tabled.');
    expect(describeLoadError({ unreachable: true }, serverSentence, prepared('en'))).toBe(
      'Your prepared proposals could not be loaded; retrying.',
    );
    expect(describeLoadError({ refusal: {} }, serverSentence, prepared('fr'))).toBe(
      'Vos propositions préparées n’ont pas pu être chargées.',
    );
  });
});

describe('the room’s “did not work” line', () => {
  it('keeps the model’s English sentence for English readers and words known refusals in French', () => {
    const failure = new ProposalNotOpenError('p1', 'withdrawn');
    expect(describeRoomFailure('withdrawing', failure, 'en', actions('en'))).toBe(
      'Withdrawing did not work: Proposal "p1" is withdrawn, not open.',
    );
    expect(describeRoomFailure('withdrawing', failure, 'fr', actions('fr'))).toBe(
      'Échec (retrait) : La proposition « p1 » est retirée : elle n’est plus ouverte.',
    );
    expect(describeRoomFailure('newVersion', new Error('A proposal needs text.'), 'en', actions('en'))).toBe(
      'The new version did not work: A proposal needs text.',
    );
  });
});

describe('the compilation’s action column', () => {
  it('reads in English by default (the Word table) and in the language the page passes', () => {
    const doc = createDraftDoc({
      title: 't',
      body: 'b',
      chapeau: 'c',
      paragraphs: [
        { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
        { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
      ],
    });
    const [pp1, op1] = readParagraphOrder(doc);
    const who = { delegation: 'COL', delegationName: 'Colombia', authorId: 'u', authorName: 'Carlos' };
    // A minute apart: proposals made within one millisecond would have no order of making to keep.
    const minute = (n: number) => ({ now: new Date(Date.UTC(2026, 10, 27, 9, n)) });
    createProposal(doc, { ...who, ...minute(1), kind: 'amend', paragraphId: pp1!, text: 'Recalling its resolution 10/4,' });
    createProposal(doc, { ...who, ...minute(2), kind: 'add', afterParagraphId: op1!, text: 'Decides to remain seized.' });
    createProposal(doc, { ...who, ...minute(3), kind: 'add', afterParagraphId: null, text: 'Guided by the Charter,' });
    createProposal(doc, { ...who, ...minute(4), kind: 'delete', paragraphId: op1! });
    withdrawProposal(
      doc,
      createProposal(doc, { ...who, ...minute(5), kind: 'amend', paragraphId: op1!, text: 'Urges all States parties to act;' }),
    );
    const snapshot = readDraftSnapshot(doc);
    const refs = deriveParagraphRefs(snapshot.paragraphs);
    const paragraphs = snapshot.paragraphs.map((paragraph, index) => ({ ...paragraph, ref: refs[index]! }));
    const read = (words?: CompilationWords) =>
      buildCompilation(paragraphs, readProposals(doc), { all: false, ...(words ? { words } : {}) }).map((group) => [
        group.ref,
        group.entries.map((entry) => `${entry.ref} | ${entry.action}`),
      ]);
    expect(read()).toEqual([
      ['Start of the text', ['start | New paragraph at the start of the text']],
      ['PP1', ['PP1 | Amendment']],
      ['1', ['after 1 | New paragraph after 1', '1 | Deletion']],
    ]);
    expect(read(compilationWords('fr'))).toEqual([
      ['Début du texte', ['début | Nouveau paragraphe au début du texte']],
      ['PP1', ['PP1 | Amendement']],
      ['1', ['après 1 | Nouveau paragraphe après 1', '1 | Suppression']],
    ]);
  });
});
