// Set-password links (invitation and reset): single use, valid for a week, stored hashed, sent by e-mail in
// the transaction of the change that causes them. DR-20.2: the password reaches the person at the contact
// given for them, never through the administrator.
import type { Deps, Tx } from '../db.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import { randomSecret, sha256 } from '../platform/secrets.ts';
import { rigaDate } from '../platform/time.ts';
import { expireUnusedPasswordTokens, insertPasswordToken } from './users-repository.ts';

export const LINK_VALID_DAYS = 7;

export type LinkPurpose = 'invite' | 'reset';

/** 23.11.2026. — how Latvian writes a date. */
function latvianDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}.`;
}

export function passwordLinkMail(
  purpose: LinkPurpose,
  name: string,
  link: string,
  validUntil: string,
): { subject: string; text: string } {
  const until = latvianDate(validUntil);
  const lv =
    purpose === 'invite'
      ? [
          `Labdien, ${name}!`,
          '',
          'Jums ir izveidots konts sistēmā Vienuviet (VPVKAC informācijas sistēma).',
          'Lai sāktu darbu, iestatiet paroli, atverot šo saiti:',
        ]
      : [
          `Labdien, ${name}!`,
          '',
          'Jūsu kontam sistēmā Vienuviet ir pieprasīta jauna parole.',
          'Iestatiet jaunu paroli, atverot šo saiti:',
        ];
  const en =
    purpose === 'invite'
      ? [
          `Hello ${name},`,
          '',
          'An account has been created for you in Vienuviet (the VPVKAC information system).',
          'To start, set your password by opening this link:',
        ]
      : [
          `Hello ${name},`,
          '',
          'A new password has been requested for your Vienuviet account.',
          'Set a new password by opening this link:',
        ];
  const text = [
    ...lv,
    link,
    `Saite ir derīga ${LINK_VALID_DAYS} dienas (līdz ${until}) un izmantojama vienu reizi.`,
    'Ja negaidījāt šo vēstuli, neatveriet saiti un sazinieties ar savas iestādes administratoru.',
    '',
    '---',
    '',
    ...en,
    link,
    `The link is valid for ${LINK_VALID_DAYS} days (until ${until}) and works once.`,
    "If you did not expect this message, do not open the link and contact your organisation's administrator.",
  ].join('\n');
  const subject =
    purpose === 'invite' ? 'Vienuviet: ielūgums / invitation' : 'Vienuviet: paroles maiņa / password reset';
  return { subject, text };
}

/** Issues a new link (ending any older unused ones) and queues its e-mail, inside the caller's transaction. */
export async function issuePasswordLink(
  trx: Tx,
  deps: Deps,
  user: { id: string; email: string; name: string },
  purpose: LinkPurpose,
): Promise<void> {
  const now = deps.now();
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + LINK_VALID_DAYS * 86_400_000);
  await expireUnusedPasswordTokens(trx, user.id, now);
  await insertPasswordToken(trx, { tokenHash: sha256(token), userId: user.id, purpose, expiresAt, now });
  const link = `${deps.config.publicUrl}/set-password?token=${encodeURIComponent(token)}`;
  await enqueueMail(trx, { to: user.email, ...passwordLinkMail(purpose, user.name, link, rigaDate(expiresAt)) });
}
