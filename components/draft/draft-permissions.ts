/** Who is in the drafting room and what the page lets them do; the realtime server enforces the same. */
export interface DraftRoomUser {
  id: string;
  name: string;
  role: string;
  delegation: { code: string; name: string; colour: string };
}

export interface DraftPermissions {
  edit: boolean;
  setStatus: boolean;
  freeze: boolean;
  /** Only the facilitator may change a frozen paragraph; the realtime server enforces the same rule. */
  editFrozen: boolean;
}
