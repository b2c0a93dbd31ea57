import { z } from 'zod';

const documentKind = z.enum([
  'resolution',
  'decision',
  'draft resolution',
  'revised draft resolution',
  'recommendations',
  'compendium',
  'other',
]);

/** One catalogue entry per source file, as a librarian records it. Unknown fields are kept. */
export const manifestSourceSchema = z.looseObject({
  file: z.string().min(1),
  format: z.string().optional(),
  kind: documentKind,
  body: z.string().min(1),
  session: z.string().optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  year: z.number().int(),
  title: z.string().min(1),
  number: z.string().optional(),
  sponsors: z.string().optional(),
  outcome: z.string().optional(),
  note: z.string().optional(),
  contains: z.string().optional(),
});

export const manifestSchema = z.looseObject({
  about: z.string().optional(),
  sources: z.array(manifestSourceSchema).min(1),
});

export type CorpusManifest = z.infer<typeof manifestSchema>;
export type CorpusManifestSource = z.infer<typeof manifestSourceSchema>;
