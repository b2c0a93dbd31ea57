import type { DraftFurnitureField } from '@/lib/furniture/draft-furniture';
import type { FurnitureHistoryEntry } from '@/server/furniture/list-furniture-history';

export const furnitureLabels: Record<DraftFurnitureField, string> = {
  symbol: 'Document symbol',
  distribution: 'Distribution',
  date: 'Date',
  documentKind: 'Document kind',
  originalLanguage: 'Original language',
  body: 'Body',
  session: 'Session',
  place: 'Place and dates',
  agendaItem: 'Agenda item',
  agendaTitle: 'Agenda item title',
};

function quoted(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : 'none';
}

function delegationName(value: unknown): string | undefined {
  return value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : undefined;
}

/** One line of the details' history, as the page lists it: "symbol “A” → “B”". */
export function describeFurnitureEvent(entry: Pick<FurnitureHistoryEntry, 'action' | 'detail'>): string {
  switch (entry.action) {
    case 'draft.furniture': {
      const changes = (entry.detail.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>;
      const parts = Object.entries(changes).map(([field, change]) => {
        const label = furnitureLabels[field as DraftFurnitureField] ?? field;
        return `${label.toLowerCase()} ${quoted(change.from)} → ${quoted(change.to)}`;
      });
      return `changed the document details: ${parts.join('; ')}`;
    }
    case 'draft.sponsor.set': {
      const sponsor = delegationName(entry.detail.sponsor);
      return sponsor ? `made ${sponsor} the main sponsor` : 'removed the main sponsor';
    }
    case 'draft.cosponsor.join':
      return `${delegationName(entry.detail.delegation) ?? 'a delegation'} joined the co-sponsors`;
    case 'draft.cosponsor.withdraw':
      return `${delegationName(entry.detail.delegation) ?? 'a delegation'} withdrew its co-sponsorship`;
  }
}
