/**
 * English words that carry grammar, not substance: a stretch made only of them ("of the", "and the") is not agreed
 * language, marking them in a hit says nothing about why it came up, and a query's share of them never decides
 * whether anything answers it (they still rank: a phrase is a phrase). Compared after normalizeWord.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by with from into onto upon as and or nor but if than then that which who whom whose ' +
    'this these those it its they them their there thereof therein be is are was were been being has have had do does ' +
    'did shall should will would may might can could not no so such any all each other also both either neither very ' +
    'within without between among amongst about above below under over through during before after until while where ' +
    'when whether including inter alia its own his her he she we our us you your i against every others further here thereto'
  ).split(' '),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
