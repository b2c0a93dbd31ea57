/**
 * Small resolution-like texts for the comparison tests. Each operative
 * paragraph is on its own subject, as in a real resolution, and several open
 * with the same boilerplate.
 */

import type { ComparableParagraph } from '@/lib/compare/types';

export const OPERATIVE_TEXTS = {
  ratify: 'Urges Member States that have not yet done so to consider ratifying or acceding to the Protocol;',
  borders:
    'Encourages States parties to strengthen cooperation between border authorities to detect forged travel documents used by traffickers;',
  study:
    'Requests the United Nations Office on Drugs and Crime to prepare a study on the use of online platforms for the recruitment of victims;',
  referral:
    'Invites States to establish national referral mechanisms for the identification of victims and their access to shelters and legal aid;',
  nonPunishment:
    'Calls upon States to ensure that victims are not punished for unlawful acts committed as a direct consequence of having been trafficked;',
  report:
    'Requests the United Nations Office on Drugs and Crime to report to the Conference at its next session on the implementation of the present resolution;',
  resources:
    'Invites Member States and other donors to provide extrabudgetary resources for these purposes in accordance with the rules and procedures of the United Nations.',
} as const;

export type OperativeKey = keyof typeof OPERATIVE_TEXTS;

/** Operative paragraphs numbered 1, 2, … in the given order. */
export function buildOperatives(entries: (OperativeKey | { text: string; attribution?: string })[]): ComparableParagraph[] {
  return entries.map((entry, position) => {
    const paragraph: ComparableParagraph = {
      ref: String(position + 1),
      kind: 'operative',
      text: typeof entry === 'string' ? OPERATIVE_TEXTS[entry] : entry.text,
    };
    if (typeof entry !== 'string' && entry.attribution) paragraph.attribution = entry.attribution;
    return paragraph;
  });
}
