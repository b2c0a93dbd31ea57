'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DelegationFates, ProgressPoint, StatusTally } from '@/lib/progress';
import { ChartFigure } from './chart-figure';
import { chartImageFileName } from './download-chart-image';

/** Colours chosen to stay apart for the common colour blindnesses (Okabe–Ito), each with a label beside it. */
export const statusSeries = [
  { key: 'open', label: 'Open', colour: '#56B4E9' },
  { key: 'bracketed', label: 'Bracketed', colour: '#E69F00' },
  { key: 'agreedAdRef', label: 'Agreed ad ref', colour: '#009E73' },
  { key: 'agreed', label: 'Agreed', colour: '#0072B2' },
] as const satisfies readonly { key: keyof StatusTally; label: string; colour: string }[];

const fateSeries = [
  { key: 'open', label: 'Open', colour: '#56B4E9' },
  { key: 'accepted', label: 'Accepted', colour: '#009E73' },
  { key: 'rejected', label: 'Rejected', colour: '#D55E00' },
  { key: 'withdrawn', label: 'Withdrawn', colour: '#999999' },
] as const satisfies readonly { key: keyof DelegationFates; label: string; colour: string }[];

const timelineSeries = [
  { key: 'brackets', label: 'Bracket pairs', colour: '#E69F00' },
  { key: 'alternatives', label: 'Alternative paragraphs', colour: '#CC79A7' },
] as const;

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
          <th scope="col">Total</th>
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
  return (
    <ChartFigure
      testId="progress-status"
      title={title}
      description="Each bar is a draft's paragraphs by status; open paragraphs with square brackets in their words count as bracketed."
      fileName={chartImageFileName(reportTitle, 'paragraphs-by-status')}
      legend={legendOf(statusSeries)}
      chart={
        <BarChart layout="vertical" data={rows} responsive style={chartStyle(rows.length)} title={title} desc={caption}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={160} />
          <Tooltip />
          <Legend />
          {statusSeries.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.label}
              stackId="status"
              fill={series.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <SeriesTable
          testId="progress-status-table"
          caption={caption}
          rowHeader="Draft"
          series={statusSeries}
          rows={rows.map((row, index) => ({ key: `${row.name}-${index}`, name: row.name, values: row, total: row.total }))}
        />
      }
    />
  );
}

/** Bracket pairs and open alternatives in each revision as issued, then in the live text. */
export function TimelineChart({ points, reportTitle }: { points: ProgressPoint[]; reportTitle: string }) {
  const title = 'Brackets and alternatives over time';
  const caption = 'Bracket pairs and open alternative paragraphs in each revision and now';
  return (
    <ChartFigure
      testId="progress-timeline"
      title={title}
      description="Each point is a revision as issued (Rev.1, Rev.2, …), the last one the text as it stands now; fewer is closer to agreement."
      fileName={chartImageFileName(reportTitle, 'brackets-over-time')}
      legend={legendOf(timelineSeries)}
      chart={
        <LineChart data={points} responsive style={chartStyle(5)} title={title} desc={caption}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {timelineSeries.map((series) => (
            <Line
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.label}
              stroke={series.colour}
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
              <th scope="col">State</th>
              <th scope="col">Issued</th>
              <th scope="col">Paragraphs</th>
              {timelineSeries.map((series) => (
                <th key={series.key} scope="col">
                  {series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={`${point.label}-${index}`} data-state={point.label}>
                <th scope="row">{point.label}</th>
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
  const title = "Each delegation's proposals and their fate";
  const caption = 'Proposals by delegation: open, accepted, rejected, withdrawn';
  if (rows.length === 0) {
    return (
      <section className="card" data-testid="progress-delegations">
        <h2>{title}</h2>
        <p className="muted">No proposals yet.</p>
      </section>
    );
  }
  return (
    <ChartFigure
      testId="progress-delegations"
      title={title}
      description="Each bar is one delegation's proposals on the text, by what became of them."
      fileName={chartImageFileName(reportTitle, 'proposals-by-delegation')}
      legend={legendOf(fateSeries)}
      chart={
        <BarChart layout="vertical" data={rows} responsive style={chartStyle(rows.length)} title={title} desc={caption}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={160} />
          <Tooltip />
          <Legend />
          {fateSeries.map((series) => (
            <Bar key={series.key} dataKey={series.key} name={series.label} stackId="fate" fill={series.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      }
      table={
        <SeriesTable
          testId="progress-delegations-table"
          caption={caption}
          rowHeader="Delegation"
          series={fateSeries}
          rows={rows.map((row) => ({ key: row.code, name: row.name, values: row, total: row.total, delegation: row.code }))}
        />
      }
    />
  );
}
