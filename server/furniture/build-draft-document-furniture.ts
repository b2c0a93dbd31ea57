import type { DocumentFurniture } from '@/lib/docx/types';
import { printDocumentFurniture } from '@/lib/furniture/print-furniture';
import type { RevisionFurniture } from '@/lib/revisions/types';
import type { Db } from '@/server/db/client';
import { readDraftFurniture } from './read-draft-furniture';

/**
 * The furniture every Word export of a draft or revision prints: the live draft's as it stands now, a revision's as
 * it was frozen (with "/Rev.n" for a revision named "Rev.n", and its day of issue where no date was set).
 */
export async function buildDraftDocumentFurniture(
  db: Db,
  source: { draftId: string } | { revision: { name: string; issuedAt: string; furniture?: RevisionFurniture } },
): Promise<DocumentFurniture> {
  if ('draftId' in source) {
    const view = await readDraftFurniture(db, source.draftId);
    return printDocumentFurniture({
      furniture: view.effective,
      ...(view.mainSponsor ? { mainSponsor: view.mainSponsor.name } : {}),
      coSponsors: view.coSponsors.map((delegation) => delegation.name),
    });
  }
  const { furniture, name, issuedAt } = source.revision;
  if (!furniture) return {};
  return printDocumentFurniture({
    furniture: furniture.details,
    ...(furniture.mainSponsor ? { mainSponsor: furniture.mainSponsor.name } : {}),
    coSponsors: furniture.coSponsors.map((delegation) => delegation.name),
    revisionName: name,
    fallbackDate: issuedAt.slice(0, 10),
  });
}
