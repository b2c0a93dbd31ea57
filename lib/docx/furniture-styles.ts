/**
 * Paragraph styles of a UN document's furniture (masthead, session lines, sponsor line). Named styles let the
 * importer recognise the furniture of our own files and leave it out of the draft text.
 */

import { AlignmentType } from 'docx';

export const furnitureStyleIds = {
  organization: 'MastheadOrganization',
  symbol: 'MastheadSymbol',
  body: 'MastheadBody',
  distribution: 'MastheadDistribution',
  line: 'FurnitureLine',
  sponsors: 'SponsorLine',
  footnote: 'SponsorFootnote',
} as const;

const FURNITURE_STYLE_IDS: ReadonlySet<string> = new Set(Object.values(furnitureStyleIds));

export function isFurnitureStyle(styleId: string | undefined): boolean {
  return styleId !== undefined && FURNITURE_STYLE_IDS.has(styleId);
}

function buildFurnitureStyle(id: string, name: string, paragraph: Record<string, unknown>, run: { bold?: boolean; size?: number } = {}) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: id,
    paragraph: { spacing: { before: 0, after: 0 }, ...paragraph },
    run,
  };
}

export const furnitureStyles = [
  buildFurnitureStyle(furnitureStyleIds.organization, 'Masthead organization', { alignment: AlignmentType.LEFT }, { size: 28 }),
  buildFurnitureStyle(furnitureStyleIds.symbol, 'Masthead symbol', { alignment: AlignmentType.RIGHT }, { bold: true, size: 32 }),
  buildFurnitureStyle(furnitureStyleIds.body, 'Masthead body', { alignment: AlignmentType.LEFT }, { bold: true, size: 28 }),
  buildFurnitureStyle(furnitureStyleIds.distribution, 'Masthead distribution', { alignment: AlignmentType.LEFT, indent: { left: 1134 } }),
  buildFurnitureStyle(furnitureStyleIds.line, 'Furniture line', { alignment: AlignmentType.LEFT }),
  buildFurnitureStyle(
    furnitureStyleIds.sponsors,
    'Sponsor line',
    { alignment: AlignmentType.LEFT, spacing: { before: 480, after: 240 }, keepNext: true },
    { bold: true },
  ),
  buildFurnitureStyle(furnitureStyleIds.footnote, 'Sponsor footnote', { alignment: AlignmentType.LEFT }),
];
