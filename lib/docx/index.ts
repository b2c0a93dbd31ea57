export * from './types';
export { DocxImportError } from './docx-import-error';
export { exportDraftDocx } from './export-draft-docx';
export { describeSilenceOutcome, formatRecordTime, type SilenceOutcomeInput } from './describe-silence-outcome';
export { exportTrackedChangesDocx } from './export-tracked-changes-docx';
export {
  buildTrackedChangesInput,
  type BuildTrackedChangesOptions,
  type RefParagraph,
  type TrackedChangesInput,
} from './build-tracked-changes-input';
export { exportProposalTableDocx, type ExportProposalTableOptions } from './export-proposal-table-docx';
export { importDraftDocx } from './import-draft-docx';
