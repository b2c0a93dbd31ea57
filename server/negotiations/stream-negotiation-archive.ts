import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { exportResolutionPdf } from '@/lib/pdf/export-resolution-pdf';
import type { Db } from '@/server/db/client';
import { exportRevisionDocx } from '@/server/docx/export-revision-docx';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { AppError } from '@/server/errors/app-error';
import { findRevision, type StoredRevision } from '@/server/revisions/find-revision';
import type { CurrentUser } from '@/server/users/find-user';
import type { NegotiationAccess } from './find-negotiation-access';

/** A safe, readable name for a folder or file in the archive. */
function slug(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return cleaned || fallback;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Content made only when the zip writer reaches its entry, so one revision's files are in memory at a time. */
function later(make: () => Promise<Buffer | string>): Readable {
  return Readable.from(
    (async function* () {
      yield await make();
    })(),
    { objectMode: false },
  );
}

const parseCodes = (value: string): string[] => {
  try {
    const codes = JSON.parse(value) as unknown;
    return Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * A negotiation's record as a .zip, streamed: the negotiation, its audit, and per draft its current text,
 * proposals, positions (support and objection), this delegation's own prepared proposals (never another's) and
 * every revision as JSON, Word and PDF. The caller has checked `negotiation:archive-download`; what the archive
 * holds is still filtered by the reader's delegation, which is named in README.txt.
 */
export async function streamNegotiationArchive(
  db: Db,
  user: CurrentUser,
  access: NegotiationAccess,
): Promise<{ stream: Readable; title: string }> {
  const negotiation = await db.negotiation.findUnique({
    where: { id: access.negotiation.id },
    include: {
      delegations: { include: { delegation: { select: { code: true, name: true } } }, orderBy: { createdAt: 'asc' } },
      drafts: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, title: true, body: true, chapeau: true, archivedAt: true, createdAt: true, updatedAt: true },
      },
    },
  });
  if (!negotiation)
    throw new AppError('not-found', `There is no negotiation "${access.negotiation.id}".`, 'no-negotiation', {
      id: access.negotiation.id,
    });
  const draftIds = negotiation.drafts.map((draft) => draft.id);
  const ownDelegation = access.delegation.code;
  const zip = new JSZip();
  const downloadedAt = new Date().toISOString();

  zip.file(
    'README.txt',
    [
      `Archive of "${negotiation.title}" (${negotiation.id}), status ${negotiation.status}.`,
      `Downloaded ${downloadedAt} by ${user.name} as ${access.role}, acting for ${access.delegation.name} (${ownDelegation}).`,
      '',
      'negotiation.json    the negotiation and the delegations taking part',
      'audit.json          every audit entry of the negotiation and its drafts, oldest first',
      'drafts/<n>-<title>/ draft.json (current text), proposals.json, positions.json (support and objection),',
      `                    prepared-proposals.json (only ${ownDelegation}'s own, never another delegation's),`,
      '                    revisions/<name>.json, .docx and .pdf',
      '',
    ].join('\n'),
  );
  zip.file(
    'negotiation.json',
    json({
      id: negotiation.id,
      title: negotiation.title,
      body: negotiation.body,
      session: negotiation.session,
      startsOn: negotiation.startsOn,
      endsOn: negotiation.endsOn,
      status: negotiation.status,
      openToAll: negotiation.openToAll,
      createdAt: negotiation.createdAt,
      delegations: negotiation.delegations.map((entry) => ({ code: entry.delegation.code, name: entry.delegation.name })),
      drafts: negotiation.drafts.map((draft) => ({ id: draft.id, title: draft.title, archivedAt: draft.archivedAt })),
    }),
  );
  zip.file(
    'audit.json',
    later(async () => {
      const events = await db.auditEvent.findMany({
        where: { OR: [{ negotiationId: negotiation.id }, { draftId: { in: draftIds } }] },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return json(events.map((event) => ({ ...event, detail: event.detail === null ? null : tryParse(event.detail) })));
    }),
  );

  negotiation.drafts.forEach((draft, index) => {
    const folder = `drafts/${String(index + 1).padStart(2, '0')}-${slug(draft.title, 'draft')}`;
    zip.file(
      `${folder}/draft.json`,
      later(async () => {
        const snapshot = await loadDraftSnapshot(db, draft.id);
        return json({ ...draft, paragraphs: snapshot.paragraphs });
      }),
    );
    zip.file(
      `${folder}/proposals.json`,
      later(async () => {
        const proposals = await db.proposal.findMany({ where: { draftId: draft.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
        return json(proposals.map((row) => ({ ...row, supporters: parseCodes(row.supporters), objectors: parseCodes(row.objectors) })));
      }),
    );
    zip.file(
      `${folder}/positions.json`,
      later(async () => {
        const proposals = await db.proposal.findMany({
          where: { draftId: draft.id },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { id: true, paragraphId: true, delegation: true, supporters: true, objectors: true },
        });
        return json(
          proposals.flatMap((row) => [
            ...parseCodes(row.supporters).map((code) => ({
              proposalId: row.id,
              paragraphId: row.paragraphId,
              proposedBy: row.delegation,
              delegation: code,
              position: 'support',
            })),
            ...parseCodes(row.objectors).map((code) => ({
              proposalId: row.id,
              paragraphId: row.paragraphId,
              proposedBy: row.delegation,
              delegation: code,
              position: 'objection',
            })),
          ]),
        );
      }),
    );
    zip.file(
      `${folder}/prepared-proposals.json`,
      later(async () =>
        json(
          await db.preparedProposal.findMany({
            where: { draftId: draft.id, delegation: ownDelegation },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
        ),
      ),
    );
  });

  const revisions = await db.revision.findMany({
    where: { draftId: { in: draftIds } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, draftId: true },
  });
  for (const revision of revisions) {
    const draftIndex = draftIds.indexOf(revision.draftId);
    const draft = negotiation.drafts[draftIndex]!;
    const base = `drafts/${String(draftIndex + 1).padStart(2, '0')}-${slug(draft.title, 'draft')}/revisions/${slug(revision.name, revision.id)}`;
    // The JSON and the PDF of a revision share one read of it, dropped after the second.
    let stored: Promise<StoredRevision> | undefined;
    let uses = 0;
    const load = () => {
      stored ??= findRevision(db, revision.id).then((found) => {
        if (!found)
          throw new AppError('not-found', `Revision ${revision.id} disappeared while the archive was written.`, 'revision-disappeared', {
            id: revision.id,
          });
        return found;
      });
      const current = stored;
      if (++uses === 2) stored = undefined;
      return current;
    };
    zip.file(
      `${base}.json`,
      later(async () => json(await load())),
    );
    zip.file(
      `${base}.docx`,
      later(async () => (await exportRevisionDocx(db, revision.id, { tracked: false, reader: { user, action: 'draft:export' } })).buffer),
    );
    zip.file(
      `${base}.pdf`,
      later(async () => {
        const { snapshot, name, issuedAt } = await load();
        return exportResolutionPdf({
          title: snapshot.title,
          body: snapshot.body,
          subtitle: `${name}, issued ${issuedAt.slice(0, 10)}`,
          chapeau: snapshot.chapeau,
          paragraphs: snapshot.paragraphs,
        });
      }),
    );
  }

  // JSZip's stream is an old-style one (neither async iterable nor accepted by Readable.toWeb): wrap it.
  const stream = new Readable().wrap(zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' }));
  return { stream, title: `${negotiation.title} archive` };
}

function tryParse(detail: string): unknown {
  try {
    return JSON.parse(detail);
  } catch {
    return detail;
  }
}
