import { maxExplanationLength } from '@/lib/proposals';
import { AppError } from '@/server/errors/app-error';
import type { PreparedKind } from './prepared-proposal-view';

export const maxPreparedTextLength = 20_000;
// The bound of the tabled proposal's own field, so whatever is prepared can be tabled.
export { maxExplanationLength };

/** The same needs as a proposal made in the room: wording for everything but a deletion. */
export function checkPreparedWording(
  kind: PreparedKind,
  text: string,
  explanation: string | null,
): { text: string; explanation: string | null } {
  const wording = kind === 'delete' ? '' : text.trim();
  if (kind !== 'delete' && wording.length === 0)
    throw new AppError('invalid-input', 'Write the proposed wording first.', 'wording-missing');
  if (wording.length > maxPreparedTextLength) {
    throw new AppError('invalid-input', `The proposed wording is longer than ${maxPreparedTextLength} characters.`, 'wording-too-long', {
      max: String(maxPreparedTextLength),
    });
  }
  const note = explanation?.trim() ? explanation.trim() : null;
  if (note && note.length > maxExplanationLength) {
    throw new AppError('invalid-input', `The explanation is longer than ${maxExplanationLength} characters.`, 'explanation-too-long', {
      max: String(maxExplanationLength),
    });
  }
  return { text: wording, explanation: note };
}
