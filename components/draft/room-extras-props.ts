import type { DraftPermissions, DraftRoomUser } from './draft-permissions';
import type { DraftView } from './draft-view-store';
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
