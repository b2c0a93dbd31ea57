/**
 * Pure in-memory search over corpus paragraphs, built for "where was this agreed
 * before?" questions.
 *
 * - Words are normalised (case, apostrophes, quotes) and stemmed (stem-word.ts);
 *   each paragraph is stored once as word ids, and postings for stems and for
 *   hashed 3-word shingles live in block-chained typed arrays (posting-pool.ts).
 * - A query reads the postings of its rarest features first, within a budget, to
 *   collect candidates (approximate BM25), then rescores the best few hundred on
 *   the whole query: word weight, shingle weight and the longest exact run, so an
 *   exact phrase outranks scattered words even for paragraph-long queries.
 * - Unknown query words of 5+ letters are corrected to vocabulary words one edit
 *   away through a deletion index; adopted texts and newer ones win ties.
 * - The opening formula ("Calls upon") and the addressee ("States parties") of a query are
 *   facets: weighed low, so sharing the substance ranks first; `filter.lead` keeps only
 *   paragraphs with the same opening words. A query no paragraph answers (under two fifths of
 *   its idf-weighted content words in any one) gets `found: false` and no hits.
 * - checkAgreedLanguage finds 6+ word runs shared with adopted texts through a
 *   lazily built 6-gram index, trims them of function words and cites what
 *   search cites for that language.
 * - Paragraphs identical after normalisation are one hit (group-identical-hits.ts):
 *   the adopted then latest text is cited, the others listed in alsoIn.
 */
export { addDocuments } from './add-documents';
export { checkAgreedLanguage, MIN_AGREED_WORDS } from './check-agreed-language';
export { createSearchIndex, setTopics } from './create-search-index';
export { findQueryLead } from './detect-query-facets';
export { isFunctionWord } from './function-words';
export { type CoverageBand, type CoverageRating, rateCoverage } from './rate-coverage';
export { removeDocument } from './remove-document';
export { searchIndex } from './search-index';
export { scanWords, splitWords } from './scan-words';
export { stemWord } from './stem-word';
export type {
  AgreedLanguageResult,
  AgreedSpan,
  FormatCitation,
  SearchFilter,
  SearchHit,
  SearchIndex,
  SearchIndexOptions,
  SearchOptions,
  SearchResult,
  TextRange,
} from './types';
