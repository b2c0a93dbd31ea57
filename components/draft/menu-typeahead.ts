/** What the person has typed in an open menu, and when they last typed. */
export interface TypeaheadBuffer {
  text: string;
  at: number;
}

/** A pause longer than this starts a new search: "d" then, a second later, "e" looks for "e", not "de". */
export const typeaheadPauseMs = 500;

export const emptyTypeahead: TypeaheadBuffer = { text: '', at: 0 };

/**
 * A key that searches the menu: one printable character, without Ctrl, ⌘ or Alt (those are shortcuts).
 * Space is left out: in a menu it chooses the focused item.
 */
export function isTypeaheadKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return [...event.key].length === 1 && event.key.trim() !== '' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** The search after one more character typed at `now`. */
export function extendTypeahead(buffer: TypeaheadBuffer, key: string, now: number): TypeaheadBuffer {
  const text = now - buffer.at > typeaheadPauseMs ? key : buffer.text + key;
  return { text, at: now };
}

function startsWith(name: string, typed: string, locale: string | undefined): boolean {
  const head = [...name.trimStart()].slice(0, [...typed].length).join('');
  // Base letters only: "e" finds "Édition", "s" finds "Supprimer", whatever the case.
  return head.localeCompare(typed, locale, { sensitivity: 'base' }) === 0;
}

/**
 * The item a typed search moves focus to (WAI-ARIA menu typeahead), or null when no name starts with it.
 * One character (or the same one repeated) looks from the item after the current one and cycles, so
 * pressing "s" again goes on to the next item starting with S; several characters look from the current
 * item, so typing on within a match stays on it.
 */
export function findTypeaheadMatch(names: readonly string[], typed: string, current: number, locale?: string): number | null {
  if (names.length === 0 || typed === '') return null;
  const characters = [...typed];
  const repeated = characters.every((character) => character.localeCompare(characters[0]!, locale, { sensitivity: 'base' }) === 0);
  const search = repeated ? characters[0]! : typed;
  const start = repeated ? current + 1 : Math.max(current, 0);
  for (let step = 0; step < names.length; step++) {
    const index = (((start + step) % names.length) + names.length) % names.length;
    if (startsWith(names[index]!, search, locale)) return index;
  }
  return null;
}

/**
 * One character typed in an open menu: the search it makes and the item it moves to. A character that matches
 * nothing after the ones typed just before it ("d", then quickly "m") starts a search of its own, so a quick
 * second letter still finds its item.
 */
export function typeIntoMenu(
  buffer: TypeaheadBuffer,
  key: string,
  now: number,
  names: readonly string[],
  current: number,
  locale?: string,
): { buffer: TypeaheadBuffer; match: number | null } {
  const extended = extendTypeahead(buffer, key, now);
  const match = findTypeaheadMatch(names, extended.text, current, locale);
  if (match !== null || extended.text === key) return { buffer: extended, match };
  return { buffer: { text: key, at: now }, match: findTypeaheadMatch(names, key, current, locale) };
}
