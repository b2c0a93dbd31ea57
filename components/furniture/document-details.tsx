'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';
import { type DraftFurnitureField, distributions, documentKinds } from '@/lib/furniture/draft-furniture';
import { formatUnDate } from '@/lib/furniture/print-furniture';
import type { DraftFurnitureView, FurnitureDelegation } from '@/server/furniture/read-draft-furniture';
import type { FurnitureHistoryEntry } from '@/server/furniture/list-furniture-history';
import { describeFurnitureEvent, type FurnitureTranslate, labelFurnitureField } from './furniture-labels';
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

type HintedField = 'symbol' | 'originalLanguage' | 'session' | 'place' | 'agendaItem';

const textFields: { field: DraftFurnitureField; hint?: HintedField; maxLength: number }[] = [
  { field: 'symbol', hint: 'symbol', maxLength: 80 },
  { field: 'originalLanguage', hint: 'originalLanguage', maxLength: 40 },
  { field: 'body', maxLength: 300 },
  { field: 'session', hint: 'session', maxLength: 200 },
  { field: 'place', hint: 'place', maxLength: 200 },
  { field: 'agendaItem', hint: 'agendaItem', maxLength: 100 },
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

async function send(
  t: FurnitureTranslate,
  describeRefusal: (body: RefusalBody) => string,
  url: string,
  method: string,
  body?: unknown,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.ok) return { ok: true };
    const answer = (await response.json().catch(() => ({}))) as RefusalBody;
    return { ok: false, message: answer.error ? describeRefusal(answer) : t('serverAnswered', { status: response.status }) };
  } catch {
    return { ok: false, message: t('unreachable') };
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
  const t = useTranslations('furniture');
  const format = useFormatter();
  const describeRefusal = useDescribeRefusal();
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
    void act('details', () => send(t, describeRefusal, `${base}/furniture`, 'PUT', furniture), t('detailsSaved'), setDetailsOutcome);
  }

  function saveSponsor(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('mainSponsor') ?? '');
    void act(
      'sponsor',
      () => send(t, describeRefusal, `${base}/sponsor`, 'PUT', { delegationId: chosen || null }),
      t('sponsorSaved'),
      setSponsorOutcome,
    );
  }

  const cosponsoring = view.coSponsors.some((delegation) => delegation.id === ownDelegation.id);
  const isMainSponsor = view.mainSponsor?.id === ownDelegation.id;

  return (
    <div className="furniture">
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('documentDetails')}</h2>
        {permissions.setFurniture ? (
          <form onSubmit={saveDetails} className="furniture-form" data-testid="document-details-form">
            <p className="muted">{t('printedNote')}</p>
            <div className="furniture-grid">
              {textFields.slice(0, 2).map(({ field, hint, maxLength }) => (
                <TextField key={field} field={field} hint={hint} maxLength={maxLength} view={view} />
              ))}
              <div className="field">
                <label htmlFor="furniture-distribution">{labelFurnitureField('distribution', t)}</label>
                <select id="furniture-distribution" name="distribution" defaultValue={view.own.distribution ?? ''}>
                  <option value="">{t('notPrinted')}</option>
                  {distributions.map((value) => (
                    <option key={value}>{value}</option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="furniture-date">{labelFurnitureField('date', t)}</label>
                <input
                  id="furniture-date"
                  name="date"
                  type="date"
                  defaultValue={view.own.date ?? ''}
                  aria-describedby="furniture-date-hint"
                />
                <span id="furniture-date-hint" className="muted">
                  {t('dateHint')}
                </span>
              </div>
              <div className="field">
                <label htmlFor="furniture-documentKind">{labelFurnitureField('documentKind', t)}</label>
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
              {pending === 'details' ? t('saving') : t('saveDetails')}
            </button>
            <OutcomeLine outcome={detailsOutcome} testId="details" />
          </form>
        ) : (
          <dl className="furniture-list" data-testid="document-details">
            {readOnlyOrder.map((field) => (
              <div key={field}>
                <dt>{labelFurnitureField(field, t)}</dt>
                <dd>{printedValue(field, view.effective[field])}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="card" aria-labelledby="sponsors-heading">
        <h2 id="sponsors-heading">{t('sponsors')}</h2>
        {permissions.setSponsor ? (
          <form onSubmit={saveSponsor} className="furniture-inline">
            <div className="field">
              <label htmlFor="main-sponsor">{t('mainSponsor')}</label>
              <select id="main-sponsor" name="mainSponsor" defaultValue={view.mainSponsor?.id ?? ''}>
                <option value="">{t('none')}</option>
                {sponsorChoices.map((delegation) => (
                  <option key={delegation.id} value={delegation.id}>
                    {delegation.name}
                  </option>
                ))}
              </select>
            </div>
            <button className="button" type="submit" disabled={pending === 'sponsor'}>
              {pending === 'sponsor' ? t('saving') : t('saveSponsor')}
            </button>
          </form>
        ) : (
          <p data-testid="main-sponsor">{t('mainSponsorIs', { name: view.mainSponsor?.name ?? t('noneYet') })}</p>
        )}
        <h3>{t('coSponsors')}</h3>
        {view.coSponsors.length === 0 ? (
          <p className="muted">{t('noCoSponsors')}</p>
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
                () => send(t, describeRefusal, `${base}/cosponsorship`, cosponsoring ? 'DELETE' : 'POST'),
                cosponsoring ? t('withdrew', { delegation: ownDelegation.name }) : t('nowCoSponsors', { delegation: ownDelegation.name }),
                setSponsorOutcome,
              )
            }
          >
            {cosponsoring ? t('withdraw') : t('coSponsor', { delegation: ownDelegation.name })}
          </button>
        )}
        {isMainSponsor && <p className="muted">{t('isMainSponsor', { delegation: ownDelegation.name })}</p>}
        <OutcomeLine outcome={sponsorOutcome} testId="sponsors" />
      </section>

      <section className="card" aria-labelledby="furniture-history-heading">
        <h2 id="furniture-history-heading">{t('history')}</h2>
        {history.length === 0 ? (
          <p className="muted">{t('nothingChanged')}</p>
        ) : (
          <ol className="furniture-history" data-testid="furniture-history">
            {history.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.createdAt}>{format.dateTime(new Date(entry.createdAt), 'stamp')}</time> {entry.actorName} (
                {entry.delegationName}) {describeFurnitureEvent(entry, t)}
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
  hint?: HintedField;
  maxLength: number;
  view: DraftFurnitureView;
}) {
  const t = useTranslations('furniture');
  const id = `furniture-${field}`;
  const fallback = view.defaults[field];
  return (
    <div className="field">
      <label htmlFor={id}>{labelFurnitureField(field, t)}</label>
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
          {t(`hint_${hint}`)}
        </span>
      )}
    </div>
  );
}
