import { z } from 'zod';

/**
 * A draft's document furniture as the app stores and validates it: what the facilitator or secretariat types in
 * "Document details". Every field is optional; body, session and dates left unset come from the negotiation.
 */

export const documentKinds = ['draft resolution', 'draft decision'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const distributions = ['Limited', 'General'] as const;
export type Distribution = (typeof distributions)[number];

/** Empty or blank form fields mean "not set", never an empty line in the document. */
function blankToUndefined(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

// Control characters (line breaks included) would break the one printed line into several or into nothing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacters = /[\u0000-\u001f\u007f]/;

function oneLine(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string(`${label} must be text.`)
      .max(max, `${label} may be at most ${max} characters long.`)
      .refine((value) => !controlCharacters.test(value), `${label} must be one line (no line breaks).`)
      .optional(),
  );
}

const revisionSuffix = /\/Rev\.\s*\d+$/i;
const symbolShape = /^[A-Za-z0-9][A-Za-z0-9./\-_()*+:]*$/;

/** The messages a person typing the details can meet, by the reason the browser says each with in their language. */
export const furnitureRefusals = {
  'symbol-shape': { message: 'A symbol is one word such as "CTOC/COP/2022/L.5": letters, digits and . / - ( ) *.' },
  'symbol-revision-suffix': { message: 'Give the base symbol without "/Rev.n": each revision named "Rev.n" adds it.' },
  'furniture-date': { message: 'The date must be a day such as 2022-10-19.' },
};

const symbol = z.preprocess(
  blankToUndefined,
  z
    .string('The symbol must be text.')
    .max(80, 'The symbol may be at most 80 characters long.')
    .refine((value) => symbolShape.test(value), furnitureRefusals['symbol-shape'].message)
    .refine((value) => !revisionSuffix.test(value), furnitureRefusals['symbol-revision-suffix'].message)
    .optional(),
);

const isoDay = z.preprocess(
  blankToUndefined,
  z
    .string('The date must be text.')
    .refine((value) => isIsoDay(value), furnitureRefusals['furniture-date'].message)
    .optional(),
);

function oneOf<T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.preprocess(blankToUndefined, z.enum(values, `${label} must be ${values.map((v) => `"${v}"`).join(' or ')}.`).optional());
}

export const draftFurnitureSchema = z
  .object({
    body: oneLine('The body', 300),
    session: oneLine('The session', 200),
    place: oneLine('The place and dates', 200),
    agendaItem: oneLine('The agenda item', 100),
    agendaTitle: oneLine('The agenda item’s title', 400),
    symbol,
    distribution: oneOf(distributions, 'The distribution'),
    date: isoDay,
    originalLanguage: oneLine('The original language', 40),
    documentKind: oneOf(documentKinds, 'The document kind'),
  })
  .strict();

export type DraftFurniture = z.output<typeof draftFurnitureSchema>;
export type DraftFurnitureField = keyof DraftFurniture;
export const draftFurnitureFields = Object.keys(draftFurnitureSchema.shape) as DraftFurnitureField[];

export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Only the fields that are set, so stored JSON and audit details say nothing about the rest. */
export function compactFurniture(furniture: DraftFurniture): DraftFurniture {
  return Object.fromEntries(Object.entries(furniture).filter(([, value]) => value !== undefined)) as DraftFurniture;
}

/** The stored column as furniture; a value this version cannot read counts as none rather than failing a page. */
export function readStoredFurniture(json: string | null | undefined): DraftFurniture {
  if (!json) return {};
  try {
    const parsed = draftFurnitureSchema.safeParse(JSON.parse(json));
    return parsed.success ? compactFurniture(parsed.data) : {};
  } catch {
    return {};
  }
}

/** The fields whose value differs, each with its value before and after (undefined: not set). */
export function diffFurniture(
  before: DraftFurniture,
  after: DraftFurniture,
): Partial<Record<DraftFurnitureField, { from: string | null; to: string | null }>> {
  const changes: Partial<Record<DraftFurnitureField, { from: string | null; to: string | null }>> = {};
  for (const field of draftFurnitureFields) {
    if (before[field] !== after[field]) changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  return changes;
}
