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
  notificationKinds,
};

export default messages;
