/**
 * Wording that every resolution on the subject repeats. Two paragraphs that
 * share only these words are not the same paragraph, so they weigh almost
 * nothing when paragraphs are matched. Word diffs are unaffected.
 */

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and any are as at be been by for from has have in including inter into is it its ' +
    'not of on or such that the their them these this those to upon was well were which with ' +
    'within also further all other its thereto thereof'
  ).split(' '),
);

/** Opening verbs of preambular and operative paragraphs, in any inflection. */
export const LEAD_WORDS: ReadonlySet<string> = new Set(
  (
    'acknowledges acknowledging affirms affirming calls calling considering convinced decides ' +
    'emphasizes emphasizing encourages encouraging expresses expressing highlights highlighting ' +
    'invites inviting notes noting reaffirms reaffirming recalls recalling recognizes recognizing ' +
    'reiterates reiterating requests requesting stresses stressing takes taking underlines underlining ' +
    'urges urging welcomes welcoming concerned bearing mind aware deeply'
  ).split(' '),
);

/** Names of bodies and instruments, and set phrases, as lower-case word sequences. */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'united nations convention against transnational organized crime',
  'organized crime convention',
  'protocol to prevent suppress and punish trafficking in persons especially women and children',
  'supplementing the united nations convention against transnational organized crime',
  'trafficking in persons protocol',
  'united nations office on drugs and crime',
  'conference of the parties',
  'working group on trafficking in persons',
  'implementation review mechanism',
  'general assembly',
  'united nations',
  'member states',
  'states parties',
  'trafficking in persons',
  'women and children',
  'as appropriate',
  'where appropriate',
  'upon request',
  'in accordance with',
  'domestic law',
  'national law',
];
