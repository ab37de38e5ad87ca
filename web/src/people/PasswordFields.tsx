// A new password typed twice, checked here for length and match before the API checks it again.
import { TextField } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { Messages } from '../i18n/messages.ts';

export const MIN_PASSWORD = 12;

export function checkNewPassword(
  m: Messages,
  password: string,
  repeat: string,
): { password?: string; repeat?: string } {
  if (password.length < MIN_PASSWORD) return { password: m.setPassword.tooShort };
  if (password !== repeat) return { repeat: m.setPassword.mismatch };
  return {};
}

interface Props {
  password: string;
  repeat: string;
  onPassword(value: string): void;
  onRepeat(value: string): void;
  errors: { password?: string | undefined; repeat?: string | undefined };
}

export function PasswordFields({ password, repeat, onPassword, onRepeat, errors }: Props) {
  const { m } = useI18n();
  return (
    <>
      <TextField
        id="new-password"
        label={m.setPassword.password}
        hint={m.setPassword.hint}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        error={errors.password}
        required
      />
      <TextField
        id="new-password-repeat"
        label={m.setPassword.repeat}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
        error={errors.repeat}
        required
      />
    </>
  );
}
