'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useId, useRef, useState } from 'react';
import { downloadChartImage, type LegendEntry } from './download-chart-image';

interface ChartFigureProps {
  /** The chart's heading, also its image's title. */
  title: string;
  /** One sentence saying what the chart shows, read out with it. */
  description: string;
  fileName: string;
  legend: LegendEntry[];
  chart: ReactNode;
  /** The same numbers as a table, always on the page for those who do not read the chart. */
  table: ReactNode;
  testId: string;
}

/** A chart with its heading and description, a "Download image" button and its table alternative. */
export function ChartFigure({ title, description, fileName, legend, chart, table, testId }: ChartFigureProps) {
  const t = useTranslations('progress');
  const headingId = useId();
  const descriptionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    // The legend's icons are small SVGs of the same class; the chart is the one outside the legend.
    const svg = [...(chartRef.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])].find(
      (candidate) => !candidate.closest('.recharts-legend-wrapper'),
    );
    if (!svg) {
      setProblem(t('notDrawn'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await downloadChartImage(svg, { title, legend, fileName });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('imageFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card progress-figure" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      <p id={descriptionId} className="muted">
        {description}
      </p>
      <figure className="progress-chart" aria-labelledby={headingId} aria-describedby={descriptionId}>
        <div ref={chartRef}>{chart}</div>
      </figure>
      <p>
        <button type="button" onClick={download} disabled={busy} aria-describedby={descriptionId}>
          {busy ? t('preparingImage') : t('downloadImage')}
        </button>{' '}
        <a href={`#${headingId}-table`}>{t('showTable')}</a>
      </p>
      {problem && (
        <p role="alert" className="progress-problem">
          {problem}
        </p>
      )}
      <div id={`${headingId}-table`} tabIndex={-1} className="progress-table">
        {table}
      </div>
    </section>
  );
}
