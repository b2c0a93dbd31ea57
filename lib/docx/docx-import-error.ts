/** The file cannot be read as a Word document; the message is meant for the user who uploaded it. */
export class DocxImportError extends Error {
  /** Names the refusal for the browser's catalogue (refusals.reasons); `params` are the values its sentence names. */
  readonly reason?: string;
  readonly params?: Record<string, string>;

  constructor(message: string, options?: { cause?: unknown; reason?: string; params?: Record<string, string> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DocxImportError';
    this.reason = options?.reason;
    this.params = options?.params;
  }
}
