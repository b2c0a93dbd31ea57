import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, es, fr } from '@/test-support/messages';
import { formatDeadlineTime, readDeadlineTimeParts } from './proposal-deadline';
import { formatZonedDay, formatZonedTime, parseZonedDateTime, readDateLocale } from './zoned-time';

const closesAt = '2026-11-27T17:00:00.000Z';
const catalogues = { en, fr, es };

/** A deadline's time as the room words it (components/deadlines/use-format-deadline-time.ts), in a language. */
function sayDeadlineTime(language: keyof typeof catalogues, at: string, zone: string): string {
  const t = createTranslator({ locale: language, messages: catalogues[language], namespace: 'deadlines' });
  return t('deadlineTime', { ...readDeadlineTimeParts(at, zone, readDateLocale(language)) });
}

/** A refused time as the browser words it from its code (refusals.reasons). */
function sayRefusal(language: keyof typeof catalogues, text: string, zone: string): { english: string; said: string } {
  const parsed = parseZonedDateTime(text, zone);
  if (parsed.ok) throw new Error(`${text} was accepted`);
  const t = createTranslator({ locale: language, messages: catalogues[language], namespace: 'refusals' });
  return { english: parsed.reason, said: t(`reasons.${parsed.code}` as 'reasons.sign-in-first', parsed.params as never) };
}

describe('deadline times in the person’s language', () => {
  it('words a deadline in English exactly as the server’s sentence does', () => {
    expect(formatDeadlineTime(closesAt, 'Europe/Vienna')).toBe('18:00 Vienna time (27 Nov 2026)');
    expect(sayDeadlineTime('en', closesAt, 'Europe/Vienna')).toBe(formatDeadlineTime(closesAt, 'Europe/Vienna'));
    expect(sayDeadlineTime('en', '2026-09-03T23:30:00.000Z', 'America/New_York')).toBe(
      formatDeadlineTime('2026-09-03T23:30:00.000Z', 'America/New_York'),
    );
  });

  it('words it in French and Spanish, dates in their own form', () => {
    expect(sayDeadlineTime('fr', closesAt, 'Europe/Vienna')).toBe('18:00, heure de Vienna (27 nov. 2026)');
    expect(sayDeadlineTime('es', closesAt, 'Europe/Vienna')).toBe('18:00, hora de Vienna (27 nov 2026)');
    expect(formatZonedDay(new Date(closesAt), 'Europe/Vienna', 'fr')).toBe('27 nov. 2026');
    expect(formatZonedTime(new Date(closesAt), 'Europe/Vienna', { withDate: false, locale: 'fr' })).toBe('18:00');
  });

  it('says a refused time in French, and in English as the server words it', () => {
    for (const [text, zone] of [
      ['six', 'Europe/Vienna'],
      ['2026-03-29T02:30', 'Europe/Vienna'],
      ['2026-11-27T18:00', 'Mars/Olympus'],
    ] as const) {
      const { english, said } = sayRefusal('en', text, zone);
      expect(said).toBe(english);
    }
    expect(sayRefusal('fr', '2026-03-29T02:30', 'Europe/Vienna').said).toBe(
      '2026-03-29 02:30 n’existe pas dans le fuseau Europe/Vienna (les horloges sautent cette heure) : choisissez une autre heure.',
    );
    expect(sayRefusal('fr', 'six', 'Europe/Vienna').said).toBe(
      'Indiquez la date et l’heure au format AAAA-MM-JJTHH:MM, secondes facultatives (par exemple 2026-11-27T18:00).',
    );
    expect(sayRefusal('fr', '2026-11-27T18:00', 'Mars/Olympus').said).toBe(
      '« Mars/Olympus » n’est pas un fuseau horaire connu de ce serveur.',
    );
  });
});
