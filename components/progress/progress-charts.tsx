'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DelegationFates, ProgressPoint, StatusTally } from '@/lib/progress';
import { ChartFigure } from './chart-figure';
import { chartImageFileName } from './download-chart-image';

type Translate = ReturnType<typeof useTranslations<'progress'>>;

/**
 * Colours chosen to stay apart for the common colour blindnesses (Okabe–Ito), each with a label beside it; the
 * label is a message of the progress catalogue.
 */
export const statusSeries = [
  { key: 'open', label: 'seriesOpen', colour: '#56B4E9' },
  { key: 'bracketed', label: 'seriesBracketed', colour: '#E69F00' },
  { key: 'agreedAdRef', label: 'seriesAgreedAdRef', colour: '#009E73' },
  { key: 'agreed', label: 'seriesAgreed', colour: '#0072B2' },
] as const satisfies readonly { key: keyof StatusTally; label: string; colour: string }[];

const fateSeries = [
  { key: 'open', label: 'seriesOpen', colour: '#56B4E9' },
  { key: 'accepted', label: 'seriesAccepted', colour: '#009E73' },
  { key: 'rejected', label: 'seriesRejected', colour: '#D55E00' },
  { key: 'withdrawn', label: 'seriesWithdrawn', colour: '#999999' },
] as const satisfies readonly { key: keyof DelegationFates; label: string; colour: string }[];

const timelineSeries = [
  { key: 'brackets', label: 'seriesBrackets', colour: '#E69F00' },
  { key: 'alternatives', label: 'seriesAlternatives', colour: '#CC79A7' },
] as const;

function translateSeries<Entry extends { label: Parameters<Translate>[0] }>(t: Translate, series: readonly Entry[]) {
  return series.map((entry) => ({ ...entry, label: t(entry.label) }));
}

const legendOf = (series: readonly { label: string; colour: string }[]) => series.map(({ label, colour }) => ({ label, colour }));
const chartStyle = (rows: number) => ({ width: '100%', maxWidth: 760, height: Math.max(140, 60 + rows * 44) });

interface SeriesRow<Key extends string> {
  key: string;
  name: string;
  values: Record<Key, number>;
  total: number;
  /** The delegation a row counts, for those who look a row up by it. */
  delegation?: string;
}

/** A stacked chart's figures as a table: one row per bar, one column per series, then the total. */
function SeriesTable<Key extends string>({
  testId,
  caption,
  rowHeader,
  series,
  rows,
}: {
  testId: string;
  caption: string;
  rowHeader: string;
  series: readonly { key: Key; label: string }[];
  rows: SeriesRow<Key>[];
}) {
  const t = useTranslations('progress');
  return (
    <table className="listing" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {series.map((entry) => (
            <th key={entry.key} scope="col">
              {entry.label}
            </th>
          ))}
          <th scope="col">{t('total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-delegation={row.delegation}>
            <th scope="row">{row.name}</th>
            {series.map((entry) => (
              <td key={entry.key} data-column={entry.key}>
                {row.values[entry.key]}
              </td>
            ))}
            <td data-column="total">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface StatusRow extends StatusTally {
  name: string;
}

/** Paragraphs by status as stacked bars, one per row (a draft, or each draft of a negotiation and their sum). */
export function StatusChart({
  rows,
  title,
  reportTitle,
  caption,
}: {
  rows: StatusRow[];
  title: string;
  reportTitle: string;
  caption: string;
}) {
  const t = useTranslations('progress');
  const series = translateSeries(t, statusSeries);
  return (
    <ChartFigure
      testId="progress-status"
      title={title}
      description={t('statusDescription')}
      fileName={chartImageFileName(reportTitle, 'paragraphs-by-status')}
      legend={legendOf(series)}
      chart={
        <BarChart layout="vertical" data={rows} responsive style={chartStyle(rows.length)} title={title} desc={caption}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={160} />
          <Tooltip />
          <Legend />
          {series.map((entry) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} stackId="status" fill={entry.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      }
      table={
        <SeriesTable
          testId="progress-status-table"
          caption={caption}
          rowHeader={t('draft')}
          series={series}
          rows={rows.map((row, index) => ({ key: `${row.name}-${index}`, name: row.name, values: row, total: row.total }))}
        />
      }
    />
  );
}

/** Bracket pairs and open alternatives in each revision as issued, then in the live text. */
export function TimelineChart({ points, reportTitle }: { points: ProgressPoint[]; reportTitle: string }) {
  const t = useTranslations('progress');
  const series = translateSeries(t, timelineSeries);
  const title = t('timelineTitle');
  const caption = t('timelineCaption');
  // The last point is always the live text (lib/progress): its name is the interface's word, revisions keep theirs.
  const sayLabel = (index: number) => (index === points.length - 1 ? t('now') : points[index].label);
  const shownPoints = points.map((point, index) => ({ ...point, label: sayLabel(index) }));
  return (
    <ChartFigure
      testId="progress-timeline"
      title={title}
      description={t('timelineDescription')}
      fileName={chartImageFileName(reportTitle, 'brackets-over-time')}
      legend={legendOf(series)}
      chart={
        <LineChart data={shownPoints} responsive style={chartStyle(5)} title={title} desc={caption}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {series.map((entry) => (
            <Line
              key={entry.key}
              type="monotone"
              dataKey={entry.key}
              name={entry.label}
              stroke={entry.colour}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      }
      table={
        <table className="listing" data-testid="progress-timeline-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('issued')}</th>
              <th scope="col">{t('paragraphs')}</th>
              {series.map((entry) => (
                <th key={entry.key} scope="col">
                  {entry.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={`${point.label}-${index}`} data-state={point.label}>
                <th scope="row">{sayLabel(index)}</th>
                <td>
                  <time dateTime={point.at}>{point.at.slice(0, 16).replace('T', ' ')} UTC</time>
                </td>
                <td data-column="paragraphs">{point.paragraphs}</td>
                <td data-column="brackets">{point.brackets}</td>
                <td data-column="alternatives">{point.alternatives}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Each delegation's proposals as a stacked bar by what became of them. */
export function DelegationFatesChart({ rows, reportTitle }: { rows: DelegationFates[]; reportTitle: string }) {
  const t = useTranslations('progress');
  const series = translateSeries(t, fateSeries);
  const title = t('fatesTitle');
  const caption = t('fatesCaption');
  if (rows.length === 0) {
    return (
      <section className="card" data-testid="progress-delegations">
        <h2>{title}</h2>
        <p className="muted">{t('noProposals')}</p>
      </section>
    );
  }
  return (
    <ChartFigure
      testId="progress-delegations"
      title={title}
      description={t('fatesDescription')}
      fileName={chartImageFileName(reportTitle, 'proposals-by-delegation')}
      legend={legendOf(series)}
      chart={
        <BarChart layout="vertical" data={rows} responsive style={chartStyle(rows.length)} title={title} desc={caption}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={160} />
          <Tooltip />
          <Legend />
          {series.map((entry) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} stackId="fate" fill={entry.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      }
      table={
        <SeriesTable
          testId="progress-delegations-table"
          caption={caption}
          rowHeader={t('delegation')}
          series={series}
          rows={rows.map((row) => ({ key: row.code, name: row.name, values: row, total: row.total, delegation: row.code }))}
        />
      }
    />
  );
}
