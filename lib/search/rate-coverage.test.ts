import { describe, expect, it } from 'vitest';
import { rateCoverage } from './rate-coverage';

describe('rateCoverage', () => {
  it('names each band and never rounds some words to 0 % or a gap to 100 %', () => {
    expect(rateCoverage(0)).toEqual({ band: 'none', label: 'Not agreed', share: '0 %' });
    expect(rateCoverage(0.004)).toEqual({ band: 'low', label: 'Little agreed', share: '< 1 %' });
    expect(rateCoverage(0.2).band).toBe('low');
    expect(rateCoverage(0.5)).toEqual({ band: 'partial', label: 'Partly agreed', share: '50 %' });
    expect(rateCoverage(0.9).band).toBe('mostly');
    expect(rateCoverage(0.998)).toEqual({ band: 'mostly', label: 'Mostly agreed', share: '> 99 %' });
    expect(rateCoverage(1)).toEqual({ band: 'full', label: 'Fully agreed', share: '100 %' });
  });
});
