import type { ZodError } from 'zod';
import { AppError } from './app-error';

/**
 * A route's own schema messages by the reason that names each: a field refused with one of these messages is
 * refused with its reason (and the values it names), so the browser says the same sentence in the person's language.
 */
export type SchemaRefusals = Record<string, { message: string; params?: Record<string, string> }>;

/**
 * The refusal for input that failed its schema: the route's reason where the schema's message is one of
 * `options.reasons`, else one reason ("invalid-field") naming the first field at fault. The English sentence stays
 * the schema's own message (or the route's wording where it gives one), for scripts and English readers.
 */
export function invalidInputError(
  error: ZodError,
  english: string,
  options: { preferSchemaMessage?: boolean; reasons?: SchemaRefusals } = {},
): AppError {
  const [issue] = error.issues;
  const message = options.preferSchemaMessage === false ? english : (issue?.message ?? english);
  const named =
    options.preferSchemaMessage === false
      ? undefined
      : Object.entries(options.reasons ?? {}).find(([, refusal]) => refusal.message === issue?.message);
  if (named) return new AppError('invalid-input', message, named[0], named[1].params);
  const field = issue?.path.map(String).join('.') ?? '';
  return field
    ? new AppError('invalid-input', message, 'invalid-field', { field })
    : new AppError('invalid-input', message, 'invalid-body');
}
