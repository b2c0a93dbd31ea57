'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { type DraftFurnitureField, distributions, documentKinds } from '@/lib/furniture/draft-furniture';
import { formatUnDate } from '@/lib/furniture/print-furniture';
import type { DraftFurnitureView, FurnitureDelegation } from '@/server/furniture/read-draft-furniture';
import type { FurnitureHistoryEntry } from '@/server/furniture/list-furniture-history';
import { describeFurnitureEvent, furnitureLabels } from './furniture-labels';
import './furniture.css';

interface DocumentDetailsProps {
  draftId: string;
  view: DraftFurnitureView;
  /** The negotiation's delegations that may sponsor; empty for those who may not choose the main sponsor. */
  sponsorChoices: FurnitureDelegation[];
  history: FurnitureHistoryEntry[];
  /** The delegation the person acts for here. */
  ownDelegation: { id: string; name: string };
  permissions: { setFurniture: boolean; setSponsor: boolean; cosponsor: boolean };
}

type Outcome = { kind: 'done' | 'failed'; message: string } | null;

const textFields: { field: DraftFurnitureField; hint?: string; maxLength: number }[] = [
  { field: 'symbol', hint: 'The base symbol, e.g. CTOC/COP/2022/L.5; revisions named “Rev.n” add “/Rev.n”.', maxLength: 80 },
  { field: 'originalLanguage', hint: 'e.g. English', maxLength: 40 },
  { field: 'body', maxLength: 300 },
  { field: 'session', hint: 'e.g. Eleventh session', maxLength: 200 },
  { field: 'place', hint: 'e.g. Vienna, 17–21 October 2022', maxLength: 200 },
  { field: 'agendaItem', hint: 'e.g. Agenda item 2', maxLength: 100 },
  { field: 'agendaTitle', maxLength: 400 },
];

const readOnlyOrder: DraftFurnitureField[] = [
  'symbol',
  'distribution',
  'date',
  'originalLanguage',
  'documentKind',
  'body',
  'session',
  'place',
  'agendaItem',
  'agendaTitle',
];

async function send(url: string, method: string, body?: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.ok) return { ok: true };
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    return { ok: false, message: answer.error ?? `The server answered ${response.status}.` };
  } catch {
    return { ok: false, message: 'The server could not be reached. Nothing was changed; try again.' };
  }
}

function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  // Both are always in the page, so screen readers announce what lands in them.
  return (
    <>
      <p role="status" className="furniture-outcome" data-testid={`${testId}-status`}>
        {outcome?.kind === 'done' ? outcome.message : ''}
      </p>
      <p role="alert" className="error" data-testid={`${testId}-error`}>
        {outcome?.kind === 'failed' ? outcome.message : ''}
      </p>
    </>
  );
}

function printedValue(field: DraftFurnitureField, value: string | undefined): string {
  if (!value) return '—';
  return field === 'date' ? formatUnDate(value) : value;
}

/** The draft's document details and sponsors: a form for the facilitator and secretariat, co-sponsorship for delegates. */
export function DocumentDetails({ draftId, view, sponsorChoices, history, ownDelegation, permissions }: DocumentDetailsProps) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [detailsOutcome, setDetailsOutcome] = useState<Outcome>(null);
  const [sponsorOutcome, setSponsorOutcome] = useState<Outcome>(null);
  const base = `/api/drafts/${encodeURIComponent(draftId)}`;

  async function act(
    key: string,
    run: () => Promise<{ ok: true } | { ok: false; message: string }>,
    done: string,
    report: (o: Outcome) => void,
  ) {
    setPending(key);
    report(null);
    const result = await run();
    setPending(null);
    report(result.ok ? { kind: 'done', message: done } : { kind: 'failed', message: result.message });
    if (result.ok) router.refresh();
  }

  function saveDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const furniture = Object.fromEntries(readOnlyOrder.map((field) => [field, String(form.get(field) ?? '')]));
    void act('details', () => send(`${base}/furniture`, 'PUT', furniture), 'Document details saved.', setDetailsOutcome);
  }

  function saveSponsor(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('mainSponsor') ?? '');
    void act('sponsor', () => send(`${base}/sponsor`, 'PUT', { delegationId: chosen || null }), 'Main sponsor saved.', setSponsorOutcome);
  }

  const cosponsoring = view.coSponsors.some((delegation) => delegation.id === ownDelegation.id);
  const isMainSponsor = view.mainSponsor?.id === ownDelegation.id;

  return (
    <div className="furniture">
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">Document details</h2>
        {permissions.setFurniture ? (
          <form onSubmit={saveDetails} className="furniture-form" data-testid="document-details-form">
            <p className="muted">
              Printed on every Word file of this draft and of its revisions. Fields left empty take the negotiation’s value where it has one
              (shown as the placeholder).
            </p>
            <div className="furniture-grid">
              {textFields.slice(0, 2).map(({ field, hint, maxLength }) => (
                <TextField key={field} field={field} hint={hint} maxLength={maxLength} view={view} />
              ))}
              <div className="field">
                <label htmlFor="furniture-distribution">{furnitureLabels.distribution}</label>
                <select id="furniture-distribution" name="distribution" defaultValue={view.own.distribution ?? ''}>
                  <option value="">Not printed</option>
                  {distributions.map((value) => (
                    <option key={value}>{value}</option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="furniture-date">{furnitureLabels.date}</label>
                <input
                  id="furniture-date"
                  name="date"
                  type="date"
                  defaultValue={view.own.date ?? ''}
                  aria-describedby="furniture-date-hint"
                />
                <span id="furniture-date-hint" className="muted">
                  Printed as “19 October 2022”; a revision without one prints its day of issue.
                </span>
              </div>
              <div className="field">
                <label htmlFor="furniture-documentKind">{furnitureLabels.documentKind}</label>
                <select id="furniture-documentKind" name="documentKind" defaultValue={view.own.documentKind ?? 'draft resolution'}>
                  {documentKinds.map((value) => (
                    <option key={value}>{value}</option>
                  ))}
                </select>
              </div>
              {textFields.slice(2).map(({ field, hint, maxLength }) => (
                <TextField key={field} field={field} hint={hint} maxLength={maxLength} view={view} />
              ))}
            </div>
            <button className="button" type="submit" disabled={pending === 'details'}>
              {pending === 'details' ? 'Saving…' : 'Save document details'}
            </button>
            <OutcomeLine outcome={detailsOutcome} testId="details" />
          </form>
        ) : (
          <dl className="furniture-list" data-testid="document-details">
            {readOnlyOrder.map((field) => (
              <div key={field}>
                <dt>{furnitureLabels[field]}</dt>
                <dd>{printedValue(field, view.effective[field])}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="card" aria-labelledby="sponsors-heading">
        <h2 id="sponsors-heading">Sponsors</h2>
        {permissions.setSponsor ? (
          <form onSubmit={saveSponsor} className="furniture-inline">
            <div className="field">
              <label htmlFor="main-sponsor">Main sponsor</label>
              <select id="main-sponsor" name="mainSponsor" defaultValue={view.mainSponsor?.id ?? ''}>
                <option value="">None</option>
                {sponsorChoices.map((delegation) => (
                  <option key={delegation.id} value={delegation.id}>
                    {delegation.name}
                  </option>
                ))}
              </select>
            </div>
            <button className="button" type="submit" disabled={pending === 'sponsor'}>
              {pending === 'sponsor' ? 'Saving…' : 'Save main sponsor'}
            </button>
          </form>
        ) : (
          <p data-testid="main-sponsor">Main sponsor: {view.mainSponsor?.name ?? 'none yet'}</p>
        )}
        <h3>Co-sponsors</h3>
        {view.coSponsors.length === 0 ? (
          <p className="muted">No co-sponsors yet.</p>
        ) : (
          <ol className="furniture-cosponsors" data-testid="cosponsors">
            {view.coSponsors.map((delegation) => (
              <li key={delegation.id}>{delegation.name}</li>
            ))}
          </ol>
        )}
        {permissions.cosponsor && !isMainSponsor && (
          <button
            type="button"
            className={cosponsoring ? 'button secondary' : 'button'}
            disabled={pending === 'cosponsor'}
            onClick={() =>
              void act(
                'cosponsor',
                () => send(`${base}/cosponsorship`, cosponsoring ? 'DELETE' : 'POST'),
                cosponsoring ? `${ownDelegation.name} withdrew its co-sponsorship.` : `${ownDelegation.name} now co-sponsors this draft.`,
                setSponsorOutcome,
              )
            }
          >
            {cosponsoring ? 'Withdraw co-sponsorship' : `Co-sponsor (${ownDelegation.name})`}
          </button>
        )}
        {isMainSponsor && <p className="muted">{ownDelegation.name} is the main sponsor of this draft.</p>}
        <OutcomeLine outcome={sponsorOutcome} testId="sponsors" />
      </section>

      <section className="card" aria-labelledby="furniture-history-heading">
        <h2 id="furniture-history-heading">History of the details and sponsors</h2>
        {history.length === 0 ? (
          <p className="muted">Nothing changed yet.</p>
        ) : (
          <ol className="furniture-history" data-testid="furniture-history">
            {history.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.createdAt}>{entry.createdAt.slice(0, 16).replace('T', ' ')} UTC</time> {entry.actorName} (
                {entry.delegationName}) {describeFurnitureEvent(entry)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function TextField({
  field,
  hint,
  maxLength,
  view,
}: {
  field: DraftFurnitureField;
  hint?: string;
  maxLength: number;
  view: DraftFurnitureView;
}) {
  const id = `furniture-${field}`;
  const fallback = view.defaults[field];
  return (
    <div className="field">
      <label htmlFor={id}>{furnitureLabels[field]}</label>
      <input
        id={id}
        name={field}
        defaultValue={view.own[field] ?? ''}
        placeholder={fallback ?? ''}
        maxLength={maxLength}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
    </div>
  );
}
