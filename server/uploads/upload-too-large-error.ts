/** The request body went past its limit while it was being read; reading stopped there. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; it was not read further and nothing was saved.`);
    this.name = 'UploadTooLargeError';
  }
}
