'use client';

import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { getParagraphMap, paragraphKeys } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import type { RoomSession } from '@/components/draft/room-session';

const paragraphSelector = '[data-paragraph-id]';

/**
 * The paragraph the delegate is writing: the last one whose text had focus.
 * It stays chosen while focus is in the panel, which is where the delegate
 * goes to pick a precedent for it. Read from the DOM rather than the editors,
 * so it needs nothing from the draft room beyond its markup.
 */
export function useFocusedParagraphId(session: RoomSession | null): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    if (!session) return undefined;
    const follow = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const text = target.closest('.ProseMirror');
      const next = text?.closest<HTMLElement>(paragraphSelector)?.dataset.paragraphId;
      if (next) setId(next);
    };
    // Read-only text never takes focus, so observers choose a paragraph by clicking it.
    document.addEventListener('focusin', follow);
    document.addEventListener('pointerdown', follow);
    return () => {
      document.removeEventListener('focusin', follow);
      document.removeEventListener('pointerdown', follow);
    };
  }, [session]);
  return session ? id : null;
}

function readText(doc: Y.Doc, id: string | null): string | null {
  if (id === null) return null;
  const content = getParagraphMap(doc).get(id)?.get(paragraphKeys.content);
  return content instanceof Y.XmlFragment ? readFragmentText(content) : null;
}

/** A paragraph's plain text, kept current as anyone types; null once it is gone. */
export function useParagraphText(doc: Y.Doc | null, id: string | null): string | null {
  const [text, setText] = useState<string | null>(() => (doc ? readText(doc, id) : null));
  useEffect(() => {
    if (!doc) {
      setText(null);
      return undefined;
    }
    const update = () => setText(readText(doc, id));
    update();
    doc.on('afterTransaction', update);
    return () => doc.off('afterTransaction', update);
  }, [doc, id]);
  return text;
}
