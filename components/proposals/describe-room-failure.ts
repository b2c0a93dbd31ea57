import type { useTranslations } from 'next-intl';
import { defaultLocale } from '@/lib/i18n/locales';
import {
  ExplanationTooLongError,
  maxExplanationLength,
  ProposalNotOpenError,
  ProposalOvertakenError,
  UnknownProposalError,
} from './proposal-model';

/** The translator of the `proposalActions` namespace (`createTranslator` in tests). */
export type TranslateRoomActions = ReturnType<typeof useTranslations<'proposalActions'>>;

/** What the person tried, as the room's "… did not work" line names it. */
export type RoomAction =
  | 'newVersion'
  | 'proposal'
  | 'deletionProposal'
  | 'switchingMode'
  | 'acceptingAll'
  | 'rejectingAll'
  | 'bracketing'
  | 'accepting'
  | 'support'
  | 'objection'
  | 'withdrawing'
  | 'rejecting';

/** Why the shared model refused, in the person's language where the refusal is one it names; else its own sentence. */
function describeReason(failure: unknown, locale: string, t: TranslateRoomActions): string {
  const own = failure instanceof Error ? failure.message : String(failure);
  // The model's English sentences are the exact ones; English readers keep them as they always read them.
  if (locale === defaultLocale) return own;
  if (failure instanceof ProposalNotOpenError) return t('reasons.notOpen', { id: failure.id, status: failure.status });
  if (failure instanceof UnknownProposalError) return t('reasons.unknownProposal', { id: failure.id });
  if (failure instanceof ProposalOvertakenError) return t('reasons.overtaken', { id: failure.id });
  if (failure instanceof ExplanationTooLongError)
    return t('reasons.explanationTooLong', { length: String(failure.length), max: String(maxExplanationLength) });
  return own;
}

/** "The new version did not work: …" in the person's language. */
export function describeRoomFailure(action: RoomAction, failure: unknown, locale: string, t: TranslateRoomActions): string {
  return t('failed', { action: t(`labels.${action}`), reason: describeReason(failure, locale, t) });
}
