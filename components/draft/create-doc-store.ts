import type * as Y from 'yjs';

/** A value derived from a Yjs document, in the shape React's useSyncExternalStore reads. */
export interface DocStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
  destroy(): void;
}

/**
 * Re-reads the value after every transaction but publishes it only when its
 * description changed, so keystrokes that change nothing shown re-render nothing.
 * `beforePublish` runs just before React is told.
 */
export function createDocStore<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  describe: (value: T) => string,
  beforePublish: () => void = () => {},
): DocStore<T> {
  let value = read(doc);
  let description = describe(value);
  const listeners = new Set<() => void>();
  const onTransaction = () => {
    const next = read(doc);
    const nextDescription = describe(next);
    if (nextDescription === description) return;
    value = next;
    description = nextDescription;
    beforePublish();
    for (const listener of listeners) listener();
  };
  doc.on('afterTransaction', onTransaction);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => value,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}
