import { type Role, roles } from '@/lib/auth/permissions';

export const roleLabels: Record<Role, string> = {
  facilitator: 'Facilitator',
  delegate: 'Delegate',
  secretariat: 'Secretariat',
  observer: 'Observer',
};

export function RoleOptions() {
  return (
    <>
      {roles.map((role) => (
        <option key={role} value={role}>
          {roleLabels[role]}
        </option>
      ))}
    </>
  );
}
