import meta from './fr/meta.json';
import topBar from './fr/top-bar.json';
import roles from './fr/roles.json';
import negotiationStatuses from './fr/negotiation-statuses.json';
import proposalKinds from './fr/proposal-kinds.json';
import signIn from './fr/sign-in.json';
import signInErrors from './fr/sign-in-errors.json';
import home from './fr/home.json';
import changes from './fr/changes.json';
import negotiation from './fr/negotiation.json';
import draftTable from './fr/draft-table.json';
import notifications from './fr/notifications.json';
import refusals from './fr/refusals.json';
import deadlines from './fr/deadlines.json';
import silence from './fr/silence.json';
import comments from './fr/comments.json';
import since from './fr/since.json';
import screen from './fr/screen.json';
import progress from './fr/progress.json';
import room from './fr/room.json';
import draftList from './fr/draft-list.json';
import newDraft from './fr/new-draft.json';
import announcer from './fr/announcer.json';
import skipLink from './fr/skip-link.json';
import proposalSentence from './fr/proposal-sentence.json';
import proposals from './fr/proposals.json';
import compilation from './fr/compilation.json';
import compare from './fr/compare.json';
import search from './fr/search.json';
import exportMessages from './fr/export.json';
import revisions from './fr/revisions.json';
import furniture from './fr/furniture.json';
import precedent from './fr/precedent.json';
import corpus from './fr/corpus.json';
import imports from './fr/imports.json';
import admin from './fr/admin.json';
import invitations from './fr/invitations.json';
import notificationKinds from './fr/notification-kinds.json';

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
};

export default messages;
