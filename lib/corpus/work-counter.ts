/**
 * Counts the characters the importer reads while it joins lines into blocks,
 * blocks into paragraphs and looks for footnote numbers, so that a test can
 * check the work grows in proportion to the input without timing anything.
 */
export interface WorkCounter {
  characters: number;
}

export function countWork(counter: WorkCounter | undefined, characters: number): void {
  if (counter) counter.characters += characters;
}
