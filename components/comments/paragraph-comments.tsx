'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';
import { readRefusal, useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { can, isRole } from '@/lib/auth/permissions';
import { maxCommentLength } from '@/lib/comments';
import { readProposals } from '@/lib/proposals';
import type { DraftRoomUser } from '@/components/draft/draft-permissions';
import type { RoomSession } from '@/components/draft/room-session';
import { type CommentThreadItem, commentsApiPath, useDraftComments } from './comment-store';
import './comments.css';

type Translate = ReturnType<typeof useTranslations<'comments'>>;

async function postJson(
  t: Translate,
  describeRefusal: ReturnType<typeof useDescribeRefusal>,
  url: string,
  body: unknown,
): Promise<string | null> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.ok) return null;
    const answer = await readRefusal(response);
    return describeRefusal(answer);
  } catch {
    return t('unreachable');
  }
}

/** In the browser's zone, as before languages: English keeps the browser's own locale. */
function formatTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale === 'en' ? undefined : locale, { dateStyle: 'medium', timeStyle: 'short' });
}

interface Quote {
  text: string;
  from: number;
  to: number;
}

/** The words selected in the paragraph's editor, as offsets into its text (the editor's positions start inside the paragraph). */
function readSelectedWords(session: RoomSession | null, paragraphId: string): Quote | null {
  const editor = session?.editors.get(paragraphId);
  if (!editor || editor.isDestroyed) return null;
  const { from, to } = editor.state.selection;
  if (from === to) return null;
  const text = editor.state.doc.textBetween(from, to, ' ').trim();
  return text ? { text, from: Math.max(0, from - 1), to: Math.max(0, to - 1) } : null;
}

function describeAbout(t: Translate, thread: CommentThreadItem, proposalLabels: ReadonlyMap<string, string>): string | null {
  if (thread.quote) return t('aboutWords', { text: thread.quote.text });
  if (thread.proposalId) return t('aboutProposal', { label: proposalLabels.get(thread.proposalId) ?? t('goneProposal') });
  return null;
}

function ThreadCard({
  thread,
  canWrite,
  label,
  proposalLabels,
  onChanged,
}: {
  thread: CommentThreadItem;
  canWrite: boolean;
  label: string;
  proposalLabels: ReadonlyMap<string, string>;
  onChanged(): void;
}) {
  const t = useTranslations('comments');
  const describeRefusal = useDescribeRefusal();
  const locale = useLocale();
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);
  const replyId = useId();
  const first = thread.comments[0];
  const opener = `${thread.delegation.code}: ${first?.body ?? ''}`;
  const base = `/api/comments/${encodeURIComponent(thread.id)}`;

  const act = async (url: string, body: unknown, after?: () => void) => {
    setBusy(true);
    setError(null);
    const failure = await postJson(t, describeRefusal, url, body);
    setBusy(false);
    if (failure) setError(failure);
    else {
      after?.();
      onChanged();
    }
  };

  const onReply = (event: FormEvent) => {
    event.preventDefault();
    void act(`${base}/replies`, { body: reply }, () => setReply(''));
  };

  const settleButton = thread.canSettle && (
    <button
      type="button"
      className="draft-tool"
      disabled={busy}
      onClick={() => void act(`${base}/${thread.resolved ? 'reopen' : 'resolve'}`, {})}
    >
      {thread.resolved ? t('reopen') : t('resolve')}
      <span className="visually-hidden"> {t('threadOn', { delegation: thread.delegation.name, label })}</span>
    </button>
  );

  if (thread.resolved && !expanded)
    return (
      <li className="comment-thread resolved" data-testid="comment-thread" data-state="resolved" data-internal={thread.internal}>
        <p className="comment-resolved-line">
          <span className="comment-resolved-mark">{t('resolved')}</span> <span className="comment-opener">{opener}</span>{' '}
          <button type="button" className="draft-tool" onClick={() => setExpanded(true)}>
            {t('show')}
          </button>{' '}
          {settleButton}
        </p>
        {error && (
          <p role="alert" className="comment-error">
            {error}
          </p>
        )}
      </li>
    );

  const about = describeAbout(t, thread, proposalLabels);
  return (
    <li
      className={thread.internal ? 'comment-thread internal' : 'comment-thread'}
      data-testid="comment-thread"
      data-state={thread.resolved ? 'resolved' : 'open'}
      data-internal={thread.internal}
      style={{ borderLeftColor: thread.delegation.colour }}
    >
      {thread.internal && <p className="comment-internal">{t('internalTo', { delegation: thread.delegation.name })}</p>}
      {about && <p className="comment-about">{about}</p>}
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-testid="comment">
            <p className="comment-body">
              <strong>{comment.delegation.code}:</strong> {comment.body}
            </p>
            <p className="comment-meta">
              {t('byline', { author: comment.author.name, delegation: comment.delegation.name })}{' '}
              <time dateTime={comment.createdAt}>{formatTime(comment.createdAt, locale)}</time>
            </p>
          </li>
        ))}
      </ol>
      {thread.resolved && (
        <p className="comment-meta">
          {t('resolvedBy', { name: thread.resolved.by.name })}{' '}
          <time dateTime={thread.resolved.at}>{formatTime(thread.resolved.at, locale)}</time>{' '}
          <button type="button" className="draft-tool" onClick={() => setExpanded(false)}>
            {t('hide')}
          </button>
        </p>
      )}
      <div className="comment-actions">
        {canWrite && (
          <form className="comment-reply" onSubmit={onReply}>
            <label htmlFor={replyId} className="visually-hidden">
              {t('replyTo', { delegation: thread.delegation.name, label })}
            </label>
            <textarea
              id={replyId}
              rows={1}
              value={reply}
              maxLength={maxCommentLength}
              placeholder={t('replyPlaceholder')}
              onChange={(event) => setReply(event.target.value)}
            />
            <button type="submit" className="draft-tool" disabled={busy || reply.trim() === ''}>
              {t('reply')}
            </button>
          </form>
        )}
        {settleButton}
      </div>
      {error && (
        <p role="alert" className="comment-error">
          {error}
        </p>
      )}
    </li>
  );
}

function NewThreadForm({
  draftId,
  paragraphId,
  label,
  session,
  delegationName,
  openProposals,
  onCreated,
}: {
  draftId: string;
  paragraphId: string;
  label: string;
  session: RoomSession | null;
  delegationName: string;
  openProposals: readonly { id: string; label: string }[];
  onCreated(): void;
}) {
  const t = useTranslations('comments');
  const describeRefusal = useDescribeRefusal();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [about, setAbout] = useState('paragraph');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // The selection is read when the form opens: focusing the textarea does not clear the editor's selection, but
  // later clicks in the text would change it.
  const [quote] = useState(() => readSelectedWords(session, paragraphId));
  const ids = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const failure = await postJson(t, describeRefusal, commentsApiPath(draftId), {
      paragraphId,
      body,
      internal,
      ...(about.startsWith('proposal:') ? { proposalId: about.slice('proposal:'.length) } : {}),
      ...(about === 'words' && quote ? { quote } : {}),
    });
    setBusy(false);
    if (failure) {
      setError(failure);
      return;
    }
    setBody('');
    setAbout('paragraph');
    setStatus(internal ? t('postedInternal', { delegation: delegationName }) : t('posted'));
    onCreated();
  };

  return (
    <form className="comment-new" aria-label={t('newCommentOn', { label })} onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor={`${ids}-body`}>{t('commentOn', { label })}</label>
      <textarea
        id={`${ids}-body`}
        rows={2}
        value={body}
        maxLength={maxCommentLength}
        onChange={(event) => setBody(event.target.value)}
        aria-describedby={`${ids}-hint`}
      />
      <p id={`${ids}-hint`} className="comment-meta">
        {t('hint', { delegation: delegationName })}
      </p>
      <div className="comment-options">
        <label htmlFor={`${ids}-about`}>{t('about')}</label>
        <select id={`${ids}-about`} value={about} onChange={(event) => setAbout(event.target.value)}>
          <option value="paragraph">{t('aboutParagraph')}</option>
          {openProposals.map((proposal) => (
            <option key={proposal.id} value={`proposal:${proposal.id}`}>
              {t('proposal', { label: proposal.label })}
            </option>
          ))}
          {quote && <option value="words">{t('selectedWords', { text: quote.text })}</option>}
        </select>
        <label className="comment-check">
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} /> {t('internalOnly')}
        </label>
        <button type="submit" className="draft-tool" disabled={busy || body.trim() === ''}>
          {t('post')}
        </button>
      </div>
      {error && (
        <p role="alert" className="comment-error">
          {error}
        </p>
      )}
      <p role="status" className="comment-meta" data-testid="comment-status">
        {status}
      </p>
    </form>
  );
}

export interface ParagraphCommentsProps {
  draftId: string;
  paragraphId: string;
  label: string;
  user: DraftRoomUser;
  session: RoomSession | null;
}

/** A paragraph's comment threads, folded into one "Comments (n)" line until opened; observers read only. */
export function ParagraphComments({ draftId, paragraphId, label, user, session }: ParagraphCommentsProps) {
  const t = useTranslations('comments');
  const { threads, error, refresh } = useDraftComments(draftId);
  const [open, setOpen] = useState(false);
  const [writing, setWriting] = useState(false);
  const canWrite = isRole(user.role) && can(user.role, 'comment:write');
  const mine = (threads ?? []).filter((thread) => thread.paragraphId === paragraphId);
  const openCount = mine.filter((thread) => !thread.resolved).length;
  const doc = session?.connection.doc;
  const proposals = open && doc ? readProposals(doc) : [];
  const proposalLabels = new Map(proposals.map((proposal) => [proposal.id, proposal.label]));
  const openProposals = proposals
    .filter((proposal) => proposal.paragraphId === paragraphId && proposal.status === 'open')
    .map((proposal) => ({ id: proposal.id, label: proposal.label }));

  return (
    <details
      className="paragraph-comments"
      data-testid="paragraph-comments"
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {t('summary', { count: mine.length })}
        {openCount !== mine.length && t('openCount', { count: openCount })}
        <span className="visually-hidden"> {t('onLabel', { label })}</span>
      </summary>
      {error && <p className="comment-error">{error}</p>}
      {mine.length > 0 && (
        <ul className="comment-threads" aria-label={t('threadsOn', { label })}>
          {mine.map((thread) => (
            <ThreadCard
              key={thread.id}
              thread={thread}
              canWrite={canWrite}
              label={label}
              proposalLabels={proposalLabels}
              onChanged={refresh}
            />
          ))}
        </ul>
      )}
      {canWrite &&
        (writing ? (
          <NewThreadForm
            draftId={draftId}
            paragraphId={paragraphId}
            label={label}
            session={session}
            delegationName={user.delegation.name}
            openProposals={openProposals}
            onCreated={refresh}
          />
        ) : (
          <button type="button" className="draft-tool" onClick={() => setWriting(true)}>
            {t('write')}
            <span className="visually-hidden"> {t('onLabel', { label })}</span>
          </button>
        ))}
    </details>
  );
}
