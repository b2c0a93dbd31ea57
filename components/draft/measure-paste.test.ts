import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import { defaultDraftLimits, readMaxChangeBytes, readMaxPasteCharacters } from '@/lib/limits/draft-limits';
import { getEditorSchema } from '@/lib/editor/schema';
import { formatBytes, measurePasteBytes } from './measure-paste';

const schema = getEditorSchema();
const maxChangeBytes = readMaxChangeBytes(defaultDraftLimits);

/** One paragraph of `runs` short italic words, each followed by plain text: what a formatted web page pastes as. */
function formattedParagraph(runs: number) {
  const italic = schema.marks.italic!.create();
  const nodes = [];
  for (let index = 0; index < runs; index++) nodes.push(schema.text('a', [italic]), schema.text(' b '));
  return schema.node('doc', null, [schema.node('paragraph', null, nodes)]);
}

describe('measuring a paste as the change it makes', () => {
  it('finds a formatted paste under the character limit far over what the server reads', () => {
    const pasted = formattedParagraph(75_000);
    expect(pasted.textContent.length).toBeLessThan(readMaxPasteCharacters(defaultDraftLimits));
    expect(measurePasteBytes(pasted)).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('passes a whole resolution pasted as plain paragraphs', () => {
    const paragraphs = Array.from({ length: 200 }, (_, index) =>
      `${index + 1}. Requests the Secretary-General to report on item ${index}; `.repeat(8),
    );
    const bytes = measurePasteBytes(null, paragraphs);
    expect(bytes).toBeGreaterThan(paragraphs.join('').length);
    expect(bytes).toBeLessThan(maxChangeBytes);
  });
});

describe('formatBytes', () => {
  it('reads as before in English: megabytes with one decimal, whole kilobytes, never under one', () => {
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'room' });
    expect(formatBytes(1.4 * 1024 * 1024, english)).toBe('1.4 MB');
    expect(formatBytes(1024 * 1024, english)).toBe('1.0 MB');
    expect(formatBytes(640 * 1024, english)).toBe('640 KB');
    expect(formatBytes(1023.6 * 1024, english)).toBe('1024 KB');
    expect(formatBytes(12, english)).toBe('1 KB');
  });

  it('speaks French: a decimal comma and the French units', () => {
    const french = createTranslator({ locale: 'fr', messages: fr, namespace: 'room' });
    expect(formatBytes(1.4 * 1024 * 1024, french)).toBe('1,4 Mo');
    expect(formatBytes(640 * 1024, french)).toBe('640 Ko');
    expect(french('pasteTooLarge', { size: formatBytes(1.4 * 1024 * 1024, french), most: formatBytes(1024 * 1024, french) })).toContain(
      '1,4 Mo',
    );
  });
});
