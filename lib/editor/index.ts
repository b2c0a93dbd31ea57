export {
  createEditorExtensions,
  getEditorSchema,
  Footnote,
  Attribution,
  markNames,
  blockNodeName,
  footnoteNodeName,
  hardBreakNodeName,
} from './schema';
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
