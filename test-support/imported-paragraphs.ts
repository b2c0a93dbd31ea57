import type { CorpusParagraph } from '@/lib/corpus/types';

/** A paragraph as a reader might hand it over, its reference stale: corrections and saving recompute references. */
export function makeImportedParagraph(kind: CorpusParagraph['kind'], text: string, extra: Partial<CorpusParagraph> = {}): CorpusParagraph {
  return { ref: 'stale', kind, text, depth: kind === 'subparagraph' ? 1 : 0, ...extra };
}

/** Two preambular paragraphs, operative ones with subparagraphs two levels deep, leads and notes. */
export const importedParagraphsSample: CorpusParagraph[] = [
  makeImportedParagraph('preambular', 'Recalling its resolution 10/3,', { lead: 'Recalling' }),
  makeImportedParagraph('preambular', 'Noting with concern the rise,', { lead: 'Noting with concern' }),
  makeImportedParagraph('operative', 'Urges States parties to act;', { lead: 'Urges', notes: ['A/RES/55/25.'] }),
  makeImportedParagraph('operative', 'by collecting data;'),
  makeImportedParagraph('subparagraph', 'disaggregated by sex;'),
  makeImportedParagraph('subparagraph', 'and by age;', { depth: 2 }),
  makeImportedParagraph('operative', 'Decides to remain seized of the matter.', { lead: 'Decides', notes: ['Second note.'] }),
];
