import { CommentRangeEnd, CommentRangeStart, CommentReference, type ICommentOptions, type ParagraphChild, Paragraph, TextRun } from 'docx';
import type { CommentSpan } from './anchor-comment-spans';
import type { WordCommentThread } from './types';

/**
 * Word comments for an export: each thread becomes a comment (its first entry) and its replies, threaded to
 * it (Word shows them as one conversation), all spanning the same range: the whole paragraph the thread is on.
 * A resolved thread says so at the start of its first comment and is marked done for Word.
 */
export class WordCommentWriter {
  readonly comments: ICommentOptions[] = [];
  /** Threads on quoted words, whose ranges an export may narrow to the words (anchorCommentSpans). */
  readonly spans: CommentSpan[] = [];
  private readonly byAnchor = new Map<string, number[][]>();

  constructor(threads: readonly WordCommentThread[] = []) {
    let nextId = 0;
    for (const thread of threads) {
      if (thread.entries.length === 0) continue;
      const ids: number[] = [];
      const parentId = nextId;
      thread.entries.forEach((entry, index) => {
        const id = nextId++;
        ids.push(id);
        const prefix = [
          index === 0 && thread.resolved ? '(resolved) ' : '',
          index === 0 && thread.quote ? `On “${thread.quote}”: ` : '',
        ].join('');
        this.comments.push({
          id,
          author: entry.author,
          initials: entry.initials,
          ...(Number.isFinite(Date.parse(entry.date)) ? { date: new Date(entry.date) } : {}),
          ...(index > 0 ? { parentId } : {}),
          ...(index === 0 && thread.resolved ? { resolved: true } : {}),
          children: `${prefix}${entry.text}`.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
        });
      });
      if (thread.quote) this.spans.push({ ids, quote: thread.quote });
      const list = this.byAnchor.get(thread.anchor) ?? [];
      list.push(ids);
      this.byAnchor.set(thread.anchor, list);
    }
  }

  /** The paragraph's runs inside the ranges of its threads, followed by each comment's reference mark. */
  wrap(anchor: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
    const ids = anchor === undefined ? [] : (this.byAnchor.get(anchor) ?? []).flat();
    if (ids.length === 0) return children;
    return [
      ...ids.map((id) => new CommentRangeStart(id)),
      ...children,
      ...ids.map((id) => new CommentRangeEnd(id)),
      ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
    ];
  }

  /** For the document's options: nothing when there are no comments, so files without any stay as they were. */
  get documentOptions(): { comments?: { children: ICommentOptions[] } } {
    return this.comments.length > 0 ? { comments: { children: this.comments } } : {};
  }
}
