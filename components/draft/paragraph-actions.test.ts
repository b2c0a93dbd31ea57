import { describe, expect, it } from 'vitest';
import { createDraftDoc } from '@/lib/draft';
import type { DraftPermissions } from './draft-permissions';
import { readDraftView, type ParagraphView } from './draft-view-store';
import { readParagraphRights, type RoomAccess } from './paragraph-actions';

const delegate: DraftPermissions = { edit: true, setStatus: false, freeze: false, editFrozen: false };
const facilitator: DraftPermissions = { edit: true, setStatus: true, freeze: true, editFrozen: true };

/** The rows as the room shows them: an open paragraph, a frozen one, and an open one after it. */
function readRows(): ParagraphView[] {
  const doc = createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,' },
      { kind: 'operative', text: 'Urges States parties to act;', frozen: true },
      { kind: 'operative', text: 'Requests the secretariat to report.' },
    ],
  });
  return readDraftView(doc).paragraphs;
}

function readRights(access: RoomAccess) {
  const rows = readRows();
  return rows.map((row, index) => readParagraphRights(access, row, rows[index - 1]));
}

describe('paragraph rights', () => {
  it("keeps a delegate out of a frozen paragraph's text and out of merges with it, but lets them move it", () => {
    const [open, frozen, after] = readRights({ ready: true, canEdit: true, permissions: delegate });
    expect(open).toMatchObject({ editText: true, remove: true, merge: false, setKind: true, move: true, insert: true });
    expect(frozen).toMatchObject({ editText: false, remove: false, merge: false, setKind: false, move: true, insert: true });
    expect(after).toMatchObject({ editText: true, merge: false });
    expect(open).toMatchObject({ setStatus: false, freeze: false });
  });

  it('lets the facilitator change frozen paragraphs, set statuses and freeze', () => {
    const [, frozen, after] = readRights({ ready: true, canEdit: true, permissions: facilitator });
    expect(frozen).toMatchObject({ editText: true, remove: true, merge: true, setStatus: true, freeze: true });
    expect(after).toMatchObject({ merge: true });
  });

  it('allows no change to the text while the room cannot edit (not synced, or held to proposals)', () => {
    for (const rights of readRights({ ready: true, canEdit: false, permissions: facilitator })) {
      expect(rights).toMatchObject({ editText: false, move: false, insert: false, remove: false, merge: false, setKind: false });
      expect(rights).toMatchObject({ setStatus: true, freeze: true });
    }
    for (const rights of readRights({ ready: false, canEdit: false, permissions: facilitator })) {
      expect(rights).toMatchObject({ setStatus: false, freeze: false });
    }
  });
});
