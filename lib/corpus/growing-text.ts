import { countWork, type WorkCounter } from './work-counter';

/** A finding about the text as it was at `length`, still true of that prefix. */
export interface EndMemo<T> {
  length: number;
  value: T;
}

/**
 * A paragraph built line by line or block by block. Strings joined with `+`
 * become ropes that V8 copies whole again for every regular expression or
 * slice, so growing a paragraph and looking at its end after each line took
 * time quadratic in its length. Here the pieces stay apart until the text is
 * read whole, and questions about the end read only the last characters.
 */
export class GrowingText {
  private pieces: string[] = [];
  private size = 0;
  private memo: EndMemo<unknown> | undefined;

  constructor(private readonly counter?: WorkCounter) {}

  get length(): number {
    return this.size;
  }

  append(piece: string): void {
    if (piece === '') return;
    this.pieces.push(piece);
    this.size += piece.length;
    countWork(this.counter, piece.length);
  }

  /** Removes the last `count` characters. */
  dropEnd(count: number): void {
    let left = Math.min(count, this.size);
    while (left > 0) {
      const last = this.pieces[this.pieces.length - 1]!;
      if (last.length <= left) {
        this.pieces.pop();
        this.size -= last.length;
        left -= last.length;
      } else {
        this.pieces[this.pieces.length - 1] = last.slice(0, last.length - left);
        this.size -= left;
        left = 0;
      }
    }
    this.forgetBeyond();
  }

  /** Removes trailing white space, as `String.prototype.trimEnd` does. */
  trimEnd(): void {
    while (this.pieces.length > 0) {
      const last = this.pieces[this.pieces.length - 1]!;
      const trimmed = last.trimEnd();
      countWork(this.counter, last.length - trimmed.length + 1);
      this.size -= last.length - trimmed.length;
      if (trimmed !== '') {
        this.pieces[this.pieces.length - 1] = trimmed;
        break;
      }
      this.pieces.pop();
    }
    this.forgetBeyond();
  }

  /**
   * Visits characters from the end towards the start, each with its index,
   * until `visit` returns false. Only what is visited is read.
   */
  scanBackward(visit: (code: number, index: number) => boolean): void {
    let index = this.size;
    for (let piece = this.pieces.length - 1; piece >= 0; piece -= 1) {
      const text = this.pieces[piece]!;
      for (let offset = text.length - 1; offset >= 0; offset -= 1) {
        index -= 1;
        countWork(this.counter, 1);
        if (!visit(text.charCodeAt(offset), index)) return;
      }
    }
  }

  /** The last `count` characters (all of them when the text is shorter). */
  readEnd(count: number): string {
    const parts: string[] = [];
    let left = count;
    for (let piece = this.pieces.length - 1; piece >= 0 && left > 0; piece -= 1) {
      const text = this.pieces[piece]!;
      const part = text.length <= left ? text : text.slice(text.length - left);
      parts.push(part);
      left -= part.length;
    }
    const end = parts.reverse().join('');
    countWork(this.counter, end.length);
    return end;
  }

  /** The whole text. The pieces are merged, so reading it again costs nothing until the text grows. */
  toString(): string {
    if (this.pieces.length > 1) {
      countWork(this.counter, this.size);
      this.pieces = [this.pieces.join('')];
    }
    return this.pieces[0] ?? '';
  }

  /** Keeps a finding about the text as it is now; it survives appends, not cuts into it. */
  rememberEnd<T>(value: T): void {
    this.memo = { length: this.size, value };
  }

  recallEnd<T>(): EndMemo<T> | undefined {
    return this.memo as EndMemo<T> | undefined;
  }

  private forgetBeyond(): void {
    if (this.memo && this.memo.length > this.size) this.memo = undefined;
  }
}
