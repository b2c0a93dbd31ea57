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
import notificationKinds from './en/notification-kinds.json';

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
  notificationKinds,
};

export default messages;
