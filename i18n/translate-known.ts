/** A translator for one namespace of plain names (roles, statuses, kinds), as next-intl's `t` and `t.has` are. */
interface NameTranslator {
  has(key: never): boolean;
  (key: never): string;
}

/**
 * The name of a value the database stores as a word (a role, a status, a proposal's kind) in the person's language;
 * a value the catalogue does not know yet is shown as stored rather than as a missing message.
 */
export function translateKnown(t: NameTranslator, value: string): string {
  const key = value as never;
  return t.has(key) ? t(key) : value;
}
