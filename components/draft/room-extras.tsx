'use client';

import { SinceLastLookedLink } from '@/components/visits/since-last-looked-link';
import type { DraftView } from './draft-view-store';
import type { DraftPermissions, DraftRoomUser } from './draft-permissions';
import type { RoomSession } from './room-session';

/** What every feature mounted in the drafting room is given. */
export interface RoomExtrasProps {
  draftId: string;
  user: DraftRoomUser;
  permissions: DraftPermissions;
  view: DraftView;
  session: RoomSession | null;
  ready: boolean;
}

export interface ParagraphExtrasProps extends RoomExtrasProps {
  paragraphId: string;
  label: string;
}

/** Links and buttons in the room's header, beside Revisions and Document details. */
export function RoomHeaderExtras(props: RoomExtrasProps) {
  return (
    <>
      <SinceLastLookedLink draftId={props.draftId} />
    </>
  );
}

/** Banners above the text: deadlines, procedures under way. */
export function RoomBanners(_props: RoomExtrasProps) {
  return <></>;
}

/** Under a paragraph, after its proposals: comment threads, procedure state. */
export function ParagraphExtras(_props: ParagraphExtrasProps) {
  return <></>;
}
