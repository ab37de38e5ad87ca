// A user's status in words (never colour alone): active, disabled, and whether the password is still unset.
import { useI18n } from '../i18n/context.tsx';
import type { UserOut } from '../types.ts';

export function UserStatus({ user }: { user: Pick<UserOut, 'status' | 'hasPassword'> }) {
  const { m } = useI18n();
  const active = user.status === 'active';
  return (
    <span className={active ? 'tag tag--ok' : 'tag tag--off'}>
      {active ? m.users.active : m.users.disabled}
      {!user.hasPassword && `, ${m.users.invited}`}
    </span>
  );
}
