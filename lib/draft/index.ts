export * from './types';
export {
  draftDocKeys,
  paragraphKeys,
  getMetaMap,
  getOrderArray,
  getParagraphMap,
  getParagraph,
  getParagraphContent,
  readParagraphKind,
  readParagraphStatus,
  readParagraphDepth,
  type ParagraphMap,
} from './draft-doc-parts';
export { createDraftDoc } from './create-draft-doc';
export { insertParagraph } from './insert-paragraph';
export { deleteParagraph } from './delete-paragraph';
export { moveParagraph } from './move-paragraph';
export { splitParagraph } from './split-paragraph';
export { mergeParagraphs } from './merge-paragraphs';
export { setParagraphKind } from './set-paragraph-kind';
export { setParagraphStatus } from './set-paragraph-status';
export { setParagraphFrozen } from './set-paragraph-frozen';
export { readParagraphOrder, cleanParagraphOrder } from './read-paragraph-order';
export { readDraftSnapshot } from './read-draft-snapshot';
export { deriveNumbering, type NumberingInput } from './derive-numbering';
export { replayLocalChanges, type HeldBackParagraph, type ReplayResult } from './replay-local-changes';
