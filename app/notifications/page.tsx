import { NotificationFeed } from '@/components/notifications/notification-feed';
import { requireUser } from '@/server/auth/current-user';

export default async function NotificationsPage() {
  await requireUser();
  return (
    <main>
      <NotificationFeed />
    </main>
  );
}
