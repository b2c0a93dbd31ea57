// One file per namespace, so areas of the interface are translated side by side without touching each other's files.
import meta from './en/meta.json';
import topBar from './en/top-bar.json';
import roles from './en/roles.json';
import negotiationStatuses from './en/negotiation-statuses.json';
import proposalKinds from './en/proposal-kinds.json';
import signIn from './en/sign-in.json';
import signInErrors from './en/sign-in-errors.json';
import home from './en/home.json';
import changes from './en/changes.json';
import negotiation from './en/negotiation.json';
import draftTable from './en/draft-table.json';
import notifications from './en/notifications.json';
import refusals from './en/refusals.json';
import deadlines from './en/deadlines.json';
import silence from './en/silence.json';
import comments from './en/comments.json';
import since from './en/since.json';
import screen from './en/screen.json';
import progress from './en/progress.json';
import room from './en/room.json';
import draftList from './en/draft-list.json';
import newDraft from './en/new-draft.json';
import announcer from './en/announcer.json';
import skipLink from './en/skip-link.json';
import proposalSentence from './en/proposal-sentence.json';
import proposals from './en/proposals.json';
import compilation from './en/compilation.json';
import compare from './en/compare.json';
import search from './en/search.json';
import exportMessages from './en/export.json';
import revisions from './en/revisions.json';
import furniture from './en/furniture.json';
import precedent from './en/precedent.json';
import corpus from './en/corpus.json';
import imports from './en/imports.json';
import admin from './en/admin.json';
import invitations from './en/invitations.json';
import notificationKinds from './en/notification-kinds.json';
import preparedProposals from './en/prepared-proposals.json';
import paragraphHistory from './en/paragraph-history.json';
import proposalActions from './en/proposal-actions.json';
import compilationActions from './en/compilation-actions.json';

const messages = {
  meta,
  topBar,
  roles,
  negotiationStatuses,
  proposalKinds,
  signIn,
  signInErrors,
  home,
  changes,
  negotiation,
  draftTable,
  notifications,
  refusals,
  deadlines,
  silence,
  comments,
  since,
  screen,
  progress,
  room,
  draftList,
  newDraft,
  announcer,
  skipLink,
  proposalSentence,
  proposals,
  compilation,
  compare,
  search,
  export: exportMessages,
  revisions,
  furniture,
  precedent,
  corpus,
  imports,
  admin,
  invitations,
  notificationKinds,
  preparedProposals,
  paragraphHistory,
  proposalActions,
  compilationActions,
};

export default messages;
