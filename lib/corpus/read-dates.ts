const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');

/**
 * "14 and 15 April 2009", "28 June to 8 July 2004", "17–21 October 2022" → the
 * last day, ISO: texts are adopted at the close of a meeting or session.
 */
export function readEndDate(text: string): string | undefined {
  const dates = [...text.matchAll(new RegExp(`(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})`, 'gi'))];
  const last = dates[dates.length - 1];
  return last ? toIso(Number(last[1]), last[2], Number(last[3])) : undefined;
}

function toIso(day: number, month: string, year: number): string | undefined {
  const index = MONTHS.indexOf(month.toLowerCase());
  if (index < 0 || day < 1 || day > 31) return undefined;
  return `${year}-${String(index + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line that is only a date ("19 October 2022"). */
export function readStandaloneDate(text: string): string | undefined {
  const match = new RegExp(`^(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})$`, 'i').exec(text.trim());
  return match ? toIso(Number(match[1]), match[2], Number(match[3])) : undefined;
}

/** Latest plausible year mentioned in a text: a text cannot predate what it cites. */
export function readLatestYear(text: string): number | undefined {
  return findLatest(text.matchAll(/\b(19[4-9]\d|20\d\d)\b/g));
}

/** `Math.max(...years)` would overflow the call stack on a long text full of years. */
function findLatest(matches: Iterable<RegExpMatchArray>): number | undefined {
  let latest: number | undefined;
  for (const match of matches) latest = Math.max(latest ?? -Infinity, Number(match[1]));
  return latest;
}

/** Latest year of a full date ("16 October 2020"): safer than any four digits ("2030 Agenda"). */
export function readLatestDateYear(text: string): number | undefined {
  return findLatest(text.matchAll(new RegExp(`\\d{1,2}\\s+(?:${MONTH})\\s+(\\d{4})`, 'gi')));
}

/** A year in a file name ("cop10-draft-resolution-2020.txt"). */
export function readYearFromName(name: string): number | undefined {
  const match = /(?:^|\D)(19[4-9]\d|20\d\d)(?:\D|$)/.exec(name);
  return match ? Number(match[1]) : undefined;
}
