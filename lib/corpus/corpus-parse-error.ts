/** Raised when an imported text cannot be read as a resolution-like document. */
export class CorpusParseError extends Error {
  /** 1-based line of the input where the problem was found. */
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'CorpusParseError';
    this.line = line;
  }
}
