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
  notificationKinds,
};

export default messages;
