'use client';

import { useTranslations } from 'next-intl';
import type { PresenceEntry } from './presence';

interface PresenceListProps {
  people: PresenceEntry[];
  /** Paragraph id → its current label, to say where each person is. */
  labels: ReadonlyMap<string, string>;
}

export function PresenceList({ people, labels }: PresenceListProps) {
  const t = useTranslations('room.presence');
  return (
    <section className="draft-presence" aria-labelledby="draft-presence-heading">
      <h2 id="draft-presence-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <ul aria-live="polite" data-testid="presence">
        {people.map((person) => {
          const where = person.paragraphId ? labels.get(person.paragraphId) : undefined;
          return (
            <li key={person.clientId} data-testid="presence-entry" data-delegation={person.delegation.code}>
              <span className="draft-swatch" style={{ background: person.delegation.colour }} aria-hidden="true" />
              <strong>{person.delegation.name}</strong>
              <span className="muted">
                {' '}
                {person.name}
                {person.self ? ` ${t('you')}` : ''}
                {where ? ` · ${t('inParagraph', { label: where })}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
