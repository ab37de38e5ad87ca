// A user's status in words (never colour alone): active, disabled, and whether the password is still unset.
import { useI18n } from '../i18n/context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { UserOut } from '../types.ts';

type StatusFacts = Pick<UserOut, 'status' | 'hasPassword'>;

/** "Aktīvs", "Atspējots", with ", uzaicināts" while the password is unset. */
export function userStatusText(m: Messages, user: StatusFacts): string {
  const word = user.status === 'active' ? m.users.active : m.users.disabled;
  return user.hasPassword ? word : `${word}, ${m.users.invited}`;
}

export function UserStatus({ user }: { user: StatusFacts }) {
  const { m } = useI18n();
  return <span className={user.status === 'active' ? 'tag tag--ok' : 'tag tag--off'}>{userStatusText(m, user)}</span>;
}
