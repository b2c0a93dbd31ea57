import meta from './es/meta.json';
import topBar from './es/top-bar.json';
import roles from './es/roles.json';
import negotiationStatuses from './es/negotiation-statuses.json';
import proposalKinds from './es/proposal-kinds.json';
import signIn from './es/sign-in.json';
import signInErrors from './es/sign-in-errors.json';
import home from './es/home.json';
import changes from './es/changes.json';
import negotiation from './es/negotiation.json';
import draftTable from './es/draft-table.json';
import notifications from './es/notifications.json';
import refusals from './es/refusals.json';
import deadlines from './es/deadlines.json';
import silence from './es/silence.json';
import comments from './es/comments.json';
import since from './es/since.json';
import screen from './es/screen.json';
import progress from './es/progress.json';
import room from './es/room.json';
import draftList from './es/draft-list.json';
import newDraft from './es/new-draft.json';
import announcer from './es/announcer.json';
import skipLink from './es/skip-link.json';
import proposalSentence from './es/proposal-sentence.json';
import proposals from './es/proposals.json';
import compilation from './es/compilation.json';
import compare from './es/compare.json';
import search from './es/search.json';
import exportMessages from './es/export.json';
import revisions from './es/revisions.json';
import furniture from './es/furniture.json';
import precedent from './es/precedent.json';
import corpus from './es/corpus.json';
import imports from './es/imports.json';
import admin from './es/admin.json';
import invitations from './es/invitations.json';
import notificationKinds from './es/notification-kinds.json';

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
