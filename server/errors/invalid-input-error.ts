import type { ZodError } from 'zod';
import { AppError } from './app-error';

/**
 * The refusal for input that failed its schema: one reason ("invalid-field") naming the first field at fault, so
 * the browser can say it in the person's language. The English sentence stays the schema's own message (or the
 * route's wording where it gives one), for scripts and English readers.
 */
export function invalidInputError(error: ZodError, english: string, options: { preferSchemaMessage?: boolean } = {}): AppError {
  const [issue] = error.issues;
  const message = options.preferSchemaMessage === false ? english : (issue?.message ?? english);
  const field = issue?.path.map(String).join('.') ?? '';
  return field
    ? new AppError('invalid-input', message, 'invalid-field', { field })
    : new AppError('invalid-input', message, 'invalid-body');
}
