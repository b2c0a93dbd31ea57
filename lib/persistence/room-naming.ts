/** Maps y-websocket room names to drafts and back. */
export interface RoomNaming {
  toDraftId(roomName: string): string | null;
  toRoomName(draftId: string): string;
}

export const draftRoomNaming: RoomNaming = {
  toDraftId(roomName) {
    const match = /^draft-([A-Za-z0-9_-]{1,100})$/.exec(roomName);
    return match ? match[1]! : null;
  },
  toRoomName(draftId) {
    return `draft-${draftId}`;
  },
};
