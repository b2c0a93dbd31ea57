import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueRevision } from '@/server/revisions/issue-revision';
import { findUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, type TestDatabase, testNegotiationId } from '@/test-support/realtime-server';
import { checkNegotiationAccess } from './check-access';
import { streamNegotiationArchive } from './stream-negotiation-archive';

let database: TestDatabase;
let draftId = '';
const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-archive-'));

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  draftId = await createSampleDraft(database);
  const gbr = await db.delegation.create({ data: { code: 'GBR', name: 'United Kingdom', colour: '#654321' } });
  await db.user.create({ data: { id: 'u-gbr', email: 'gbr@example.org', name: 'GBR', passwordHash: 'x', delegationId: gbr.id } });
  await db.negotiationMember.create({ data: { negotiationId: testNegotiationId, userId: 'u-gbr', role: 'delegate' } });
  await db.preparedProposal.create({
    data: { draftId, paragraphId: 'p', kind: 'amend', delegation: 'FRA', authorId: 'u-delegate', text: 'French idea' },
  });
  await db.preparedProposal.create({
    data: { draftId, paragraphId: 'p', kind: 'amend', delegation: 'GBR', authorId: 'u-gbr', text: 'British secret' },
  });
  await db.proposal.create({
    data: {
      id: 'prop-1',
      draftId,
      paragraphId: 'p',
      kind: 'amend',
      delegation: 'FRA',
      authorId: 'u-delegate',
      authorName: 'F',
      status: 'open',
      text: 'new words',
      baseText: 'old words',
      supporters: '["GBR"]',
      objectors: '["USA"]',
      createdAt: new Date(),
    },
  });
  const facilitator = (await findUser(db, database.userId))!;
  await issueRevision(db, draftId, 'Rev.1', facilitator);
}, 60_000);

afterAll(async () => {
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function download(userId: string): Promise<JSZip> {
  const user = (await findUser(database.db, userId))!;
  const access = await checkNegotiationAccess(database.db, user, testNegotiationId, 'negotiation:archive-download');
  const { stream } = await streamNegotiationArchive(database.db, user, access);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return JSZip.loadAsync(Buffer.concat(chunks));
}

describe('streamNegotiationArchive', () => {
  it('holds the negotiation, audit, drafts, proposals, positions and each revision as JSON, Word and PDF', async () => {
    const zip = await download('u-secretariat');
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names.sort()).toEqual(
      [
        'README.txt',
        'audit.json',
        'negotiation.json',
        'drafts/01-Test-draft/draft.json',
        'drafts/01-Test-draft/positions.json',
        'drafts/01-Test-draft/prepared-proposals.json',
        'drafts/01-Test-draft/proposals.json',
        'drafts/01-Test-draft/revisions/Rev.1.docx',
        'drafts/01-Test-draft/revisions/Rev.1.json',
        'drafts/01-Test-draft/revisions/Rev.1.pdf',
      ].sort(),
    );
    const audit = JSON.parse(await zip.file('audit.json')!.async('string')) as { action: string }[];
    expect(audit.map((event) => event.action)).toContain('revision.issue');
    const positions = JSON.parse(await zip.file('drafts/01-Test-draft/positions.json')!.async('string'));
    expect(positions).toEqual([
      { proposalId: 'prop-1', paragraphId: 'p', proposedBy: 'FRA', delegation: 'GBR', position: 'support' },
      { proposalId: 'prop-1', paragraphId: 'p', proposedBy: 'FRA', delegation: 'USA', position: 'objection' },
    ]);
    const draft = JSON.parse(await zip.file('drafts/01-Test-draft/draft.json')!.async('string'));
    expect(draft.paragraphs.map((paragraph: { text: string }) => paragraph.text)).toContain('Urges States parties to act;');
    const docx = await zip.file('drafts/01-Test-draft/revisions/Rev.1.docx')!.async('nodebuffer');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const pdf = await zip.file('drafts/01-Test-draft/revisions/Rev.1.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const file = path.join(dir, 'rev.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Test draft');
      expect(text).toContain('1. Urges States parties to act;');
    }
  });

  it("never holds another delegation's prepared proposals", async () => {
    const secretariat = await download('u-secretariat');
    const own = await secretariat.file('drafts/01-Test-draft/prepared-proposals.json')!.async('string');
    expect(JSON.parse(own).map((row: { text: string }) => row.text)).toEqual(['French idea']);
    const facilitator = await download(database.userId);
    const chair = await facilitator.file('drafts/01-Test-draft/prepared-proposals.json')!.async('string');
    expect(JSON.parse(chair)).toEqual([]);
    for (const zip of [secretariat, facilitator]) {
      for (const entry of Object.values(zip.files)) {
        if (!entry.dir && !entry.name.endsWith('.docx') && !entry.name.endsWith('.pdf')) {
          expect(await entry.async('string'), entry.name).not.toContain('British secret');
        }
      }
    }
  });

  it('refuses delegates and observers before anything is read', async () => {
    const delegate = (await findUser(database.db, 'u-delegate'))!;
    await expect(checkNegotiationAccess(database.db, delegate, testNegotiationId, 'negotiation:archive-download')).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
