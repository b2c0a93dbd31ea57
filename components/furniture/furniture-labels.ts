import type { useTranslations } from 'next-intl';
import type { DraftFurnitureField } from '@/lib/furniture/draft-furniture';
import type { FurnitureHistoryEntry } from '@/server/furniture/list-furniture-history';

export type FurnitureTranslate = ReturnType<typeof useTranslations<'furniture'>>;

/** The field's name as the form and the history show it. */
export function labelFurnitureField(field: DraftFurnitureField, t: FurnitureTranslate): string {
  return t(`label_${field}`);
}

function isFurnitureField(field: string): field is DraftFurnitureField {
  return [
    'symbol',
    'distribution',
    'date',
    'documentKind',
    'originalLanguage',
    'body',
    'session',
    'place',
    'agendaItem',
    'agendaTitle',
  ].includes(field);
}

function quoted(value: unknown, t: FurnitureTranslate): string {
  return typeof value === 'string' ? t('quoted', { value }) : t('noValue');
}

function delegationName(value: unknown): string | undefined {
  return value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : undefined;
}

/** One line of the details' history, as the page lists it: "symbol “A” → “B”". */
export function describeFurnitureEvent(entry: Pick<FurnitureHistoryEntry, 'action' | 'detail'>, t: FurnitureTranslate): string {
  switch (entry.action) {
    case 'draft.furniture': {
      const changes = (entry.detail.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>;
      const parts = Object.entries(changes).map(([field, change]) => {
        const label = isFurnitureField(field) ? labelFurnitureField(field, t) : field;
        return `${label.toLowerCase()} ${quoted(change.from, t)} → ${quoted(change.to, t)}`;
      });
      return t('changedDetails', { changes: parts.join('; ') });
    }
    case 'draft.sponsor.set': {
      const sponsor = delegationName(entry.detail.sponsor);
      return sponsor ? t('madeMainSponsor', { sponsor }) : t('removedMainSponsor');
    }
    case 'draft.cosponsor.join':
      return t('joined', { delegation: delegationName(entry.detail.delegation) ?? t('aDelegation') });
    case 'draft.cosponsor.withdraw':
      return t('withdrewHistory', { delegation: delegationName(entry.detail.delegation) ?? t('aDelegation') });
  }
}
