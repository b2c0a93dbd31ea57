export { addDocuments } from './add-documents';
export { checkAgreedLanguage, MIN_AGREED_WORDS } from './check-agreed-language';
export { createSearchIndex, setTopics } from './create-search-index';
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
