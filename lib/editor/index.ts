export { createEditorExtensions, getEditorSchema, Footnote, markNames, blockNodeName, footnoteNodeName, hardBreakNodeName } from './schema';
export {
  readFragmentJson,
  readFragmentText,
  readFragmentLead,
  writeFragmentRuns,
  appendRuns,
  buildLeadRuns,
  type InlineRun,
  type ProseMirrorJson,
} from './fragment-content';
