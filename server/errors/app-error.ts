/** The one error type services and routes throw; `respondWithError` maps its code to HTTP in one place. */
export type AppErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'invalid-input'
  | 'conflict'
  | 'too-large'
  | 'too-many-requests'
  | 'unavailable';

export class AppError extends Error {
  /**
   * `message` stays English for scripts and the CLI; `reason`, where given, names this refusal exactly and stably
   * (e.g. "unknown-locale") so the browser can say it in the person's language (messages: refusals.reasons), with
   * `params` filling its placeholders.
   */
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly reason?: string,
    /** The values the reason's message names ({zone}, {name}), as plain text. */
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const httpStatusOf: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'invalid-input': 400,
  conflict: 409,
  'too-large': 413,
  'too-many-requests': 429,
  unavailable: 503,
};

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
