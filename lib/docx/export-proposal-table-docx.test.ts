import { describe, expect, it } from 'vitest';
import { exportProposalTableDocx, type ProposalRow } from './index';
import { readPart } from '@/test-support/docx-fixtures';

const ROWS: ProposalRow[] = [
  {
    paragraph: 'PP3',
    proposal: 'Recalling also [its decision 11/5 & resolution 10/3],',
    delegation: 'European Union',
    supporters: ['Norway', 'Switzerland'],
    objectors: [],
    status: 'open',
  },
  {
    paragraph: '5(b)',
    proposal: 'Delete "online".',
    delegation: 'Russian Federation',
    supporters: [],
    objectors: ['Mexico', 'Canada'],
    status: 'bracketed',
  },
];

function readCells(row: string): string[] {
  return [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((cell) =>
    [...cell[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

describe('exportProposalTableDocx', () => {
  it('writes one landscape table row per proposal under a repeated header row', async () => {
    const buffer = await exportProposalTableDocx(ROWS, 'Compilation of proposals: draft resolution on trafficking in persons');
    const xml = await readPart(buffer, 'word/document.xml');
    expect(xml).toContain('Compilation of proposals: draft resolution on trafficking in persons');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((match) => match[1]!);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(readCells(rows[0]!)).toEqual(['Paragraph', 'Proposal', 'Proposed by', 'Supported by', 'Objected to by', 'Status']);
    expect(readCells(rows[1]!)).toEqual([
      'PP3',
      'Recalling also [its decision 11/5 &amp; resolution 10/3],',
      'European Union',
      'Norway, Switzerland',
      '',
      'open',
    ]);
    expect(readCells(rows[2]!)).toEqual(['5(b)', 'Delete &quot;online&quot;.', 'Russian Federation', '', 'Mexico, Canada', 'bracketed']);
  });

  it('says so when there are no proposals', async () => {
    const xml = await readPart(await exportProposalTableDocx([], 'Compilation'), 'word/document.xml');
    expect(xml).toContain('No proposals.');
  });
});
