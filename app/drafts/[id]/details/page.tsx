import { getTranslations } from 'next-intl/server';
import { DocumentDetails } from '@/components/furniture/document-details';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { can } from '@/lib/auth/permissions';
import { requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listFurnitureHistory } from '@/server/furniture/list-furniture-history';
import { readDraftFurniture } from '@/server/furniture/read-draft-furniture';
import { listRoster } from '@/server/negotiations/list-roster';

/** Delegations that sponsor texts: states and groups, not the Chair, the secretariat or observers. */
const sponsoringKinds = new Set(['state', 'group']);

export default async function DocumentDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requireDraftPage(id);
  const t = await getTranslations('furniture');
  const { draft, role } = access;
  const writable = draft.archivedAt === null;
  const permissions = {
    setFurniture: writable && can(role, 'draft:set-furniture'),
    setSponsor: writable && can(role, 'draft:set-sponsor'),
    cosponsor: writable && can(role, 'draft:cosponsor'),
  };
  const db = getDb();
  const [view, history, roster] = await Promise.all([
    readDraftFurniture(db, id),
    listFurnitureHistory(db, id),
    permissions.setSponsor ? listRoster(db, draft.negotiationId) : null,
  ]);
  const sponsorChoices = (roster?.delegations ?? [])
    .filter((delegation) => sponsoringKinds.has(delegation.kind))
    .map(({ id: delegationId, code, name }) => ({ id: delegationId, code, name }));
  // The sponsor chosen stays a choice even if its delegation is of another kind, so saving the form never drops it.
  if (view.mainSponsor && !sponsorChoices.some((delegation) => delegation.id === view.mainSponsor?.id))
    sponsorChoices.unshift(view.mainSponsor);
  return (
    <main>
      <NegotiationBreadcrumb negotiation={access.negotiation} trail={[{ href: `/drafts/${id}`, label: draft.title }]} />
      <h1>{t('title')}</h1>
      <p className="muted">
        {draft.title} · <a href={`/api/drafts/${id}/export`}>{t('liveWord')}</a>
      </p>
      <DocumentDetails
        draftId={id}
        view={view}
        sponsorChoices={sponsorChoices}
        history={history}
        ownDelegation={{ id: access.delegation.id, name: access.delegation.name }}
        permissions={permissions}
      />
    </main>
  );
}
