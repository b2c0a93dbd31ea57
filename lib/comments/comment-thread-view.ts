/** A comment thread as the comments route answers it: what the server reads and the browser shows. */
export interface CommentView {
  id: string;
  author: { id: string; name: string };
  delegation: { code: string; name: string };
  body: string;
  mentions: string[];
  createdAt: string;
}

export interface CommentThreadView {
  id: string;
  draftId: string;
  paragraphId: string;
  proposalId: string | null;
  quote: { text: string; from: number | null; to: number | null } | null;
  delegation: { code: string; name: string; colour: string };
  internal: boolean;
  createdAt: string;
  resolved: { at: string; by: { id: string; name: string } } | null;
  comments: CommentView[];
  /** Whether the person asking may resolve or reopen it (the server checks again on the act). */
  canSettle: boolean;
}
