/**
 * An import stopped before its file was read: it took too long, needed too
 * much memory, or too many imports were waiting. `status` is the HTTP answer;
 * the message says what to do, and that nothing was saved.
 */
export class ImportRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}
