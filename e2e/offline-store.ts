import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { getParagraphMap, paragraphKeys } from '@/lib/draft';

/** The names of the Zero Draft IndexedDB databases the browser of `page` holds (stores of offline edits). */
export async function storedDraftCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith('zero-draft:'))
      .sort(),
  );
}

/**
 * The text of every paragraph in the copies kept in the browser, read back
 * from IndexedDB itself: what a closed tab would leave for the next visit.
 */
export async function readStoredText(page: Page): Promise<string> {
  const stores = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.startsWith('zero-draft:'));
    const read = (name: string) =>
      new Promise<number[][]>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as Uint8Array[]).map((update) => Array.from(update)));
          };
        };
      });
    return Promise.all(names.map(read));
  });
  const texts: string[] = [];
  for (const updates of stores) {
    const doc = new Y.Doc();
    for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
    // The paragraph fragments' XML, with tags dropped, holds each paragraph's words as typed.
    for (const [, paragraph] of getParagraphMap(doc)) {
      const content = paragraph.get(paragraphKeys.content);
      if (content instanceof Y.XmlFragment) texts.push(content.toString().replace(/<[^>]*>/g, ''));
    }
    doc.destroy();
  }
  return texts.join('\n');
}
