/** The file cannot be read as a Word document; the message is meant for the user who uploaded it. */
export class DocxImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocxImportError';
  }
}
