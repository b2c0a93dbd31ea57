'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

function readDepths(undoManager: Y.UndoManager) {
  return { undo: undoManager.undoStack.length, redo: undoManager.redoStack.length };
}

/** The same shared stack as Ctrl/⌘+Z inside any paragraph. */
export function UndoButtons({ undoManager }: { undoManager: Y.UndoManager }) {
  const t = useTranslations('room');
  const [depths, setDepths] = useState(() => readDepths(undoManager));
  useEffect(() => {
    const update = () => setDepths(readDepths(undoManager));
    update();
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    return () => {
      undoManager.off('stack-item-added', update);
      undoManager.off('stack-item-popped', update);
      undoManager.off('stack-cleared', update);
    };
  }, [undoManager]);
  return (
    <fieldset className="draft-undo" aria-label={t('history')}>
      <button type="button" className="draft-tool" disabled={depths.undo === 0} onClick={() => undoManager.undo()}>
        {t('undo')}
      </button>
      <button type="button" className="draft-tool" disabled={depths.redo === 0} onClick={() => undoManager.redo()}>
        {t('redo')}
      </button>
    </fieldset>
  );
}
