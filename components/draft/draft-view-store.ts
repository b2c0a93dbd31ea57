import * as Y from 'yjs';
import {
  deriveNumbering,
  getMetaMap,
  getParagraphMap,
  paragraphKeys,
  readParagraphDepth,
  readParagraphKind,
  readParagraphOrder,
  readParagraphStatus,
  type ParagraphKind,
  type ParagraphStatus,
} from '@/lib/draft';
import { createDocStore, type DocStore } from './create-doc-store';

export interface ParagraphView {
  id: string;
  kind: ParagraphKind;
  depth: number;
  status: ParagraphStatus;
  frozen: boolean;
  /** Derived label as shown in the gutter: PP1, 1., (a), (i). */
  label: string;
  fragment: Y.XmlFragment;
  /**
   * Changes when the paragraph's shared content is replaced (an undone
   * deletion restores a copy), so the editor bound to it is rebuilt.
   */
  fragmentKey: number;
}

export interface DraftView {
  title: string;
  chapeau: string;
  body: string;
  paragraphs: ParagraphView[];
}

export type DraftViewStore = DocStore<DraftView>;

const fragmentKeys = new WeakMap<Y.XmlFragment, number>();
let nextFragmentKey = 1;

function keyFragment(fragment: Y.XmlFragment): number {
  let key = fragmentKeys.get(fragment);
  if (key === undefined) {
    key = nextFragmentKey++;
    fragmentKeys.set(fragment, key);
  }
  return key;
}

function readMetaString(meta: Y.Map<unknown>, key: string): string {
  const value = meta.get(key);
  return typeof value === 'string' ? value : '';
}

export function readDraftView(doc: Y.Doc): DraftView {
  const paragraphs = getParagraphMap(doc);
  const rows: Omit<ParagraphView, 'label'>[] = [];
  for (const id of readParagraphOrder(doc)) {
    const paragraph = paragraphs.get(id);
    const fragment = paragraph?.get(paragraphKeys.content);
    // A paragraph without content can only be a half-received update; it shows once complete.
    if (!paragraph || !(fragment instanceof Y.XmlFragment)) continue;
    rows.push({
      id,
      kind: readParagraphKind(paragraph),
      depth: readParagraphDepth(paragraph),
      status: readParagraphStatus(paragraph),
      frozen: paragraph.get(paragraphKeys.frozen) === true,
      fragment,
      fragmentKey: keyFragment(fragment),
    });
  }
  const numbers = deriveNumbering(rows);
  const meta = getMetaMap(doc);
  return {
    title: readMetaString(meta, 'title'),
    chapeau: readMetaString(meta, 'chapeau'),
    body: readMetaString(meta, 'body'),
    paragraphs: rows.map((row, index) => {
      const number = numbers[index]!;
      return { ...row, label: row.kind === 'operative' ? `${number}.` : number };
    }),
  };
}

function describeView(view: DraftView): string {
  return JSON.stringify([
    view.title,
    view.chapeau,
    view.body,
    view.paragraphs.map((p) => [p.id, p.kind, p.depth, p.status, p.frozen, p.fragmentKey]),
  ]);
}

/**
 * The paragraph list as React sees it. Recomputed after each transaction but
 * only published when something the list shows changed, so keystrokes inside a
 * paragraph do not re-render the whole draft. `beforePublish` runs just before
 * React is told, while the DOM still matches the old order.
 */
export function createDraftViewStore(doc: Y.Doc, beforePublish: () => void): DraftViewStore {
  return createDocStore(doc, readDraftView, describeView, beforePublish);
}
