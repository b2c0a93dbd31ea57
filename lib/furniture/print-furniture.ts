import type { DocumentFurniture } from '@/lib/docx/types';
import type { DraftFurniture } from './draft-furniture';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function splitDay(isoDay: string): { day: number; month: string; year: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return null;
  return { day: Number(match[3]), month, year: Number(match[1]) };
}

/** "2022-10-19" as UN documents print it: "19 October 2022" (what is not an ISO day is printed as given). */
export function formatUnDate(isoDay: string): string {
  const parts = splitDay(isoDay);
  return parts ? `${parts.day} ${parts.month} ${parts.year}` : isoDay;
}

/** A session's dates as printed: "17–21 October 2022", "28 September–2 October 2022", "30 December 2022–3 January 2023". */
export function formatUnDateRange(startsOn: string | null | undefined, endsOn: string | null | undefined): string | undefined {
  const start = startsOn ? splitDay(startsOn) : null;
  const end = endsOn ? splitDay(endsOn) : null;
  if (!start || !end) return start ? formatUnDate(startsOn!) : end ? formatUnDate(endsOn!) : undefined;
  if (startsOn === endsOn) return formatUnDate(startsOn!);
  if (start.year !== end.year) return `${formatUnDate(startsOn!)}–${formatUnDate(endsOn!)}`;
  if (start.month !== end.month) return `${start.day} ${start.month}–${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}

export interface NegotiationFurnitureDefaults {
  body: string;
  session: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** What a draft prints where it sets nothing itself: its negotiation's body, session and dates. */
export function readNegotiationDefaults(negotiation: NegotiationFurnitureDefaults): DraftFurniture {
  const dates = formatUnDateRange(negotiation.startsOn, negotiation.endsOn);
  return {
    ...(negotiation.body.trim() ? { body: negotiation.body.trim() } : {}),
    ...(negotiation.session.trim() ? { session: negotiation.session.trim() } : {}),
    ...(dates ? { place: dates } : {}),
  };
}

/** The draft's own furniture over its negotiation's defaults. */
export function withDefaults(furniture: DraftFurniture, defaults: DraftFurniture): DraftFurniture {
  return { ...defaults, ...furniture };
}

/** The revision number a name such as "Rev.1" (or "rev. 2") gives; other names ("Informal 3") give none. */
export function readRevisionNumber(name: string | undefined): number | undefined {
  const match = name ? /^Rev\.\s*(\d+)$/i.exec(name.trim()) : null;
  const number = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** "CTOC/COP/2022/L.5" for the draft and revisions with other names, "CTOC/COP/2022/L.5/Rev.1" for "Rev.1". */
export function printRevisionSymbol(baseSymbol: string, revisionName?: string): string {
  const number = readRevisionNumber(revisionName);
  return number === undefined ? baseSymbol : `${baseSymbol}/Rev.${number}`;
}

/** "draft resolution", or "revised draft resolution" for a revision named "Rev.n". */
export function printDocumentKind(kind: string, revisionName?: string): string {
  return readRevisionNumber(revisionName) === undefined ? kind : `revised ${kind}`;
}

export interface PrintFurnitureInput {
  /** The draft's furniture, defaults already filled in. */
  furniture: DraftFurniture;
  /** Delegation names as printed. */
  mainSponsor?: string;
  coSponsors?: readonly string[];
  /** The revision's name ("Rev.1"); none for the live draft. */
  revisionName?: string;
  /** ISO day printed when the furniture sets no date (a revision's day of issue). */
  fallbackDate?: string;
}

/** The furniture as the Word export prints it; fields not set stay out. */
export function printDocumentFurniture(input: PrintFurnitureInput): DocumentFurniture {
  const { furniture, revisionName } = input;
  const date = furniture.date ?? input.fallbackDate;
  const agendaItem = [furniture.agendaItem, furniture.agendaTitle].filter(Boolean).join('\n');
  const printed: DocumentFurniture = {
    ...(furniture.body ? { body: furniture.body } : {}),
    ...(furniture.session ? { session: furniture.session } : {}),
    ...(furniture.place ? { place: furniture.place } : {}),
    ...(agendaItem ? { agendaItem } : {}),
    ...(furniture.symbol ? { symbol: printRevisionSymbol(furniture.symbol, revisionName) } : {}),
    ...(furniture.distribution ? { distribution: furniture.distribution } : {}),
    ...(date ? { date: formatUnDate(date) } : {}),
    ...(furniture.originalLanguage ? { originalLanguage: furniture.originalLanguage } : {}),
    ...(input.mainSponsor ? { mainSponsor: input.mainSponsor } : {}),
    ...(input.coSponsors && input.coSponsors.length > 0 ? { coSponsors: [...input.coSponsors] } : {}),
  };
  // A document with no furniture at all prints its title and text only, without a kind line of its own.
  if (Object.keys(printed).length === 0 && !furniture.documentKind) return printed;
  return { ...printed, documentKind: printDocumentKind(furniture.documentKind ?? 'draft resolution', revisionName) };
}

/** Export options that carry the furniture, with the symbol and date as header lines too (furniture wins where both print). */
export function buildFurnitureExportOptions(furniture: DocumentFurniture): {
  furniture: DocumentFurniture;
  symbol?: string;
  date?: string;
} {
  return {
    furniture,
    ...(furniture.symbol ? { symbol: furniture.symbol } : {}),
    ...(furniture.date ? { date: furniture.date } : {}),
  };
}
