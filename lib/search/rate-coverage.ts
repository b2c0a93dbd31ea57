/** How much of a text is agreed language, in words a delegate reads the same way as the colour. */
export type CoverageBand = 'none' | 'low' | 'partial' | 'mostly' | 'full';

export interface CoverageRating {
  band: CoverageBand;
  /** "Not agreed", "Little agreed", "Partly agreed", "Mostly agreed", "Fully agreed". */
  label: string;
  /** "0 %", "< 1 %", "67 %", "> 99 %", "100 %": never 0 % when some words are agreed, never 100 % when some are not. */
  share: string;
}

const LABELS: Record<CoverageBand, string> = {
  none: 'Not agreed',
  low: 'Little agreed',
  partial: 'Partly agreed',
  mostly: 'Mostly agreed',
  full: 'Fully agreed',
};

function formatShare(coverage: number): string {
  if (coverage <= 0) return '0 %';
  if (coverage >= 1) return '100 %';
  const percent = Math.round(coverage * 100);
  if (percent === 0) return '< 1 %';
  if (percent === 100) return '> 99 %';
  return `${percent} %`;
}

/** Bands: none (0), low (under a third), partial (under two thirds), mostly (short of every word), full. */
export function rateCoverage(coverage: number): CoverageRating {
  const band: CoverageBand =
    coverage <= 0 ? 'none' : coverage >= 1 ? 'full' : coverage >= 2 / 3 ? 'mostly' : coverage >= 1 / 3 ? 'partial' : 'low';
  return { band, label: LABELS[band], share: formatShare(coverage) };
}
