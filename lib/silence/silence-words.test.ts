import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, es, fr } from '@/test-support/messages';
import { readDateLocale } from '@/lib/deadlines/zoned-time';
import { applySilenceEvent, describeAdoption, SilenceRefusal, type SilenceProcedureState, startSilence } from './silence-procedure';
import { formatCountdown, formatZonedTime, readZonedTimeParts } from './zoned-time';

const catalogues = { en, fr, es };
type Language = keyof typeof catalogues;

/** A time as the silence banner words it (components/silence/use-format-zoned-time.ts), in a language. */
function sayZonedTime(language: Language, instant: Date, zone: string, now: Date): string {
  const t = createTranslator({ locale: language, messages: catalogues[language], namespace: 'silence' });
  const { time, day, city } = readZonedTimeParts(instant, zone, now, readDateLocale(language));
  return day === null ? t('zonedTime', { time, city }) : t('zonedTimeOnDay', { time, day, city });
}

function refusalOf(act: () => unknown): SilenceRefusal {
  try {
    act();
  } catch (error) {
    if (error instanceof SilenceRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

function sayRefusal(language: Language, refusal: SilenceRefusal): string {
  const t = createTranslator({ locale: language, messages: catalogues[language], namespace: 'refusals' });
  return t(`reasons.${refusal.reason}` as 'reasons.sign-in-first', refusal.params as never);
}

const deadline = new Date('2026-11-26T17:00:00Z');
const sameDay = new Date('2026-11-26T10:00:00Z');
const dayBefore = new Date('2026-11-25T10:00:00Z');

describe('silence times and refusals in the person’s language', () => {
  it('words times in English exactly as before, and in French and Spanish', () => {
    expect(sayZonedTime('en', deadline, 'Europe/Vienna', sameDay)).toBe(formatZonedTime(deadline, 'Europe/Vienna', sameDay));
    expect(sayZonedTime('en', deadline, 'Europe/Vienna', dayBefore)).toBe('18:00:00 on 26 Nov 2026 Vienna time');
    expect(sayZonedTime('fr', deadline, 'Europe/Vienna', sameDay)).toBe('18:00:00, heure de Vienna');
    expect(sayZonedTime('fr', deadline, 'Europe/Vienna', dayBefore)).toBe('18:00:00 le 26 nov. 2026, heure de Vienna');
    expect(sayZonedTime('es', deadline, 'America/New_York', dayBefore)).toBe('12:00:00 del 26 nov 2026, hora de New York');
  });

  it('counts down in the language’s digits, the same for the three', () => {
    const left = 26 * 3600_000 + 5 * 60_000 + 9_000;
    expect(formatCountdown(left)).toBe('26:05:09');
    expect(formatCountdown(left, 'fr')).toBe('26:05:09');
    expect(formatCountdown(1_000 * 3600_000, 'en-GB')).toBe('1000:00:00');
  });

  it('keeps the adoption record in English and says it in French on screen', () => {
    const record = describeAdoption(deadline);
    expect(record).toBe('Adopted under silence procedure, deadline 2026-11-26T17:00:00.000Z');
    const say = (language: Language) =>
      createTranslator({ locale: language, messages: catalogues[language], namespace: 'silence' })('adoptionRecord', {
        deadline: deadline.toISOString(),
      });
    expect(say('en')).toBe(record);
    expect(say('fr')).toBe('Adopté selon la procédure d’approbation tacite, délai 2026-11-26T17:00:00.000Z');
  });

  it('names every refusal by a reason the catalogue says in English as the server does, and in French', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const running: SilenceProcedureState = startSilence({ paragraphIds: ['p1'], outcome: 'agreed', deadline, now });
    const refusals = [
      refusalOf(() => startSilence({ paragraphIds: [], outcome: 'agreed', deadline, now })),
      refusalOf(() => startSilence({ paragraphIds: ['p1'], outcome: 'agreed', deadline: new Date(Number.NaN), now })),
      refusalOf(() => startSilence({ paragraphIds: ['p1'], outcome: 'agreed', deadline: now, now })),
      refusalOf(() => startSilence({ paragraphIds: ['p1'], outcome: 'kept' as 'agreed', deadline, now })),
      refusalOf(() => applySilenceEvent(running, { type: 'break', delegationCode: 'EU', statement: ' ', at: now })),
      refusalOf(() => applySilenceEvent(running, { type: 'break', delegationCode: 'EU', statement: 'x'.repeat(2_001), at: now })),
      refusalOf(() => applySilenceEvent(running, { type: 'break', delegationCode: 'EU', statement: 'No.', at: deadline })),
      refusalOf(() => applySilenceEvent(running, { type: 'deadline', at: now })),
      refusalOf(() => applySilenceEvent({ ...running, state: 'adopted' }, { type: 'cancel', at: now })),
      refusalOf(() => applySilenceEvent({ ...running, state: 'broken' }, { type: 'cancel', at: now })),
      refusalOf(() => applySilenceEvent({ ...running, state: 'cancelled' }, { type: 'cancel', at: now })),
    ];
    for (const refusal of refusals) {
      expect(sayRefusal('en', refusal)).toBe(refusal.message);
      expect(sayRefusal('fr', refusal)).not.toBe(refusal.message);
    }
    expect(refusals.map((refusal) => sayRefusal('fr', refusal)).slice(0, 3)).toEqual([
      'Choisissez au moins un paragraphe à placer sous procédure d’approbation tacite.',
      'Le délai n’est pas une heure valide.',
      'Le délai doit se situer dans le futur.',
    ]);
    expect(sayRefusal('fr', refusals[5]!)).toBe('La déclaration compte 2001 caractères ; 2000 au plus sont autorisés.');
  });
});
