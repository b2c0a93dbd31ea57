/** Raised when an imported text cannot be read as a resolution-like document. */
export class CorpusParseError extends Error {
  /** 1-based line of the input where the problem was found. */
  readonly line: number;

  /**
   * `reason` names the refusal for the browser's catalogue (refusals.reasons), `params` the values its sentence
   * names; the English `message` stays the sentence scripts and English readers see.
   */
  constructor(
    message: string,
    line: number,
    readonly reason?: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'CorpusParseError';
    this.line = line;
  }
}
