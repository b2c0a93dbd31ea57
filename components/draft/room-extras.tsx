'use client';

import { RoomAnnouncer } from '@/components/announcer/room-announcer';
import { CommentsLive } from '@/components/comments/comments-live';
import { ParagraphComments } from '@/components/comments/paragraph-comments';
import { ScreenLink } from '@/components/screen/screen-link';
import { FollowParagraphButton } from '@/components/notifications/follow-paragraph-button';
import { ProgressLink } from '@/components/progress/progress-link';
import { DeadlineBanner } from '@/components/deadlines/deadline-banner';
import { ParagraphDeadline } from '@/components/deadlines/paragraph-deadline';
import { SinceLastLookedLink } from '@/components/visits/since-last-looked-link';
import type { ParagraphExtrasProps, RoomExtrasProps } from './room-extras-props';
import { ParagraphSilence } from '@/components/silence/paragraph-silence';
import { SilenceBanner } from '@/components/silence/silence-banner';

/** Links and buttons in the room's header, beside Revisions and Document details. */
export function RoomHeaderExtras(props: RoomExtrasProps) {
  return (
    <>
      <ScreenLink draftId={props.draftId} />
      <ProgressLink draftId={props.draftId} />
      <SinceLastLookedLink draftId={props.draftId} />
    </>
  );
}

/** Banners above the text: deadlines, procedures under way. */
export function RoomBanners(props: RoomExtrasProps) {
  return (
    <>
      <RoomAnnouncer {...props} />
      <CommentsLive {...props} />
      <DeadlineBanner {...props} />
      <SilenceBanner {...props} />
    </>
  );
}

/** Under a paragraph, after its proposals: comment threads, procedure state. */
export function ParagraphExtras(props: ParagraphExtrasProps) {
  return (
    <>
      <ParagraphComments {...props} />
      <FollowParagraphButton {...props} />
      <ParagraphDeadline {...props} />
      <ParagraphSilence {...props} />
    </>
  );
}
