import { createHash } from 'node:crypto';

/**
 * Stable fingerprint of an imported text, so that re-importing the same file is
 * recognised as a no-op. Line endings are normalised because the same file may
 * arrive through Windows and Unix tools.
 */
export function hashContent(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}
