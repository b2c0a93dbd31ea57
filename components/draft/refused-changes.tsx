'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createProposal } from '@/components/proposals/proposal-model';
import { defaultLocale } from '@/lib/i18n/locales';
import type { ProposalRoomValue } from '@/components/proposals/proposal-room';
import type { RefusedChange } from './refusal-recovery';

interface RefusedChangesProps {
  changes: readonly RefusedChange[];
  /** Paragraph id → label as shown in the gutter. */
  labels: ReadonlyMap<string, string>;
  proposalRoom: ProposalRoomValue | null;
  onNotice(message: string): void;
  onDismiss(key: string): void;
}

type RoomRefusalMessages = ReturnType<typeof useTranslations<'refusals.room'>>;

function copyText(text: string, onNotice: (message: string) => void, t: RoomRefusalMessages): void {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) {
    onNotice(t('copyUnsupported'));
    return;
  }
  clipboard.writeText(text).then(
    () => onNotice(t('copied')),
    () => onNotice(t('copyRefused')),
  );
}

/** Why the server refused it, in the person's language; English readers get the server's own sentence. */
function useDescribeRealtimeRefusal(): (change: RefusedChange) => string {
  const t = useTranslations('refusals.realtime');
  const readsServerLanguage = useLocale() === defaultLocale;
  return (change) => {
    if (readsServerLanguage) return change.reason;
    const key = change.code as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : change.reason;
  };
}

/**
 * What the server refused stays on the person's screen, one notice per paragraph: their text, why it was
 * refused, and what they can do with it. The rest of their edits went through; the room carried on.
 */
export function RefusedChanges({ changes, labels, proposalRoom, onNotice, onDismiss }: RefusedChangesProps) {
  const t = useTranslations('refusals.room');
  const describeReason = useDescribeRealtimeRefusal();
  if (changes.length === 0) return null;
  const canPropose = proposalRoom !== null && proposalRoom.snapshot.mode === 'negotiation' && proposalRoom.rights.create;
  return (
    <section className="draft-refused" aria-label={t('refusedChanges')} data-testid="refused-changes">
      {changes.map((change) => {
        const label = labels.get(change.paragraphId);
        const name = label ?? t('goneParagraph');
        const propose = () => {
          if (!proposalRoom) return;
          const { user } = proposalRoom;
          const made = proposalRoom.run('proposal', () =>
            createProposal(proposalRoom.doc, {
              kind: 'amend',
              paragraphId: change.paragraphId,
              text: change.text.trim(),
              delegation: user.delegation.code,
              delegationName: user.delegation.name,
              authorId: user.id,
              authorName: user.name,
            }),
          );
          if (made) onDismiss(change.key);
        };
        return (
          <div
            key={change.key}
            role="alert"
            className="draft-banner draft-refused-change"
            data-testid="refused-change"
            data-paragraph-id={change.paragraphId}
          >
            <p>
              {change.deleted ? t('deletionRefused', { name }) : t('changeRefused', { name })}
              <span data-testid="refused-reason">{describeReason(change)}</span>
            </p>
            {!change.deleted && (
              <blockquote className="draft-refused-text" data-testid="refused-text">
                {change.text}
              </blockquote>
            )}
            <p>
              {!change.deleted && (
                <button type="button" className="draft-tool" onClick={() => copyText(change.text, onNotice, t)}>
                  {t('copy')}
                </button>
              )}{' '}
              {!change.deleted && canPropose && label !== undefined && (
                <button type="button" className="draft-tool" onClick={propose}>
                  {t('makeProposal')}
                </button>
              )}{' '}
              <button type="button" className="draft-tool" onClick={() => onDismiss(change.key)}>
                {t('dismiss')}
              </button>
            </p>
          </div>
        );
      })}
    </section>
  );
}
