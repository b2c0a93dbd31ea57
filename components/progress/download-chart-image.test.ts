import { describe, expect, it } from 'vitest';
import { chartImageFileName } from './download-chart-image';

describe('chartImageFileName', () => {
  it('names the image after the draft, the chart and the day, in plain letters', () => {
    const day = new Date('2026-11-26T18:00:00.000Z');
    expect(chartImageFileName('Océans & mers: Rev.2', 'paragraphs-by-status', day)).toBe(
      'oceans-mers-rev-2-paragraphs-by-status-2026-11-26.png',
    );
    expect(chartImageFileName('!!!', '', day)).toBe('progress-2026-11-26.png');
  });
});
