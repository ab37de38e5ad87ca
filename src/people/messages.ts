// People: logging in, passwords, users, scoped grants and API tokens (AM-1.11, DR-19.4).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const peopleMessages = {
  invalid_credentials: { lv: 'Nepareizs e-pasts vai parole.', en: 'Wrong e-mail or password.' },
  account_locked: {
    lv: 'Konts uz laiku bloķēts pēc vairākiem neveiksmīgiem mēģinājumiem. Mēģiniet pēc {minutes} min.',
    en: 'The account is locked for a while after repeated failed attempts. Try again in {minutes} min.',
  },
  password_too_weak: {
    lv: 'Parolei jābūt vismaz 12 rakstzīmes garai.',
    en: 'The password must be at least 12 characters long.',
  },
  wrong_current_password: { lv: 'Pašreizējā parole nav pareiza.', en: 'The current password is wrong.' },
  token_invalid: {
    lv: 'Saite nav derīga vai tās termiņš ir beidzies.',
    en: 'The link is not valid or has expired.',
  },
  email_taken: { lv: 'Lietotājs ar šo e-pastu jau ir.', en: 'A user with this e-mail already exists.' },
  // Said to an organisation admin whose address is taken outside its organisation: nothing about whose it is.
  email_unavailable: {
    lv: 'Šo e-pastu nevar izmantot jaunam kontam. Ja darbiniekam jau ir konts, lūdziet sistēmas uzturētājam piešķirt lomu.',
    en: 'This e-mail cannot be used for a new account. If the person already has an account, ask the maintainer to grant the role.',
  },
  scope_not_allowed: {
    lv: 'Šo tiesību jomu jūs nevarat piešķirt.',
    en: 'You cannot grant a role in this scope.',
  },
  role_not_grantable: {
    lv: 'Šo lomu var piešķirt tikai sistēmas uzturētājs.',
    en: 'Only a maintainer can grant this role.',
  },
  centre_required: { lv: 'Šai lomai jānorāda centrs.', en: 'This role needs a centre.' },
  centre_not_for_role: {
    lv: 'Šo lomu nevar ierobežot ar vienu centru.',
    en: 'This role cannot be narrowed to a centre.',
  },
  centre_not_in_organisation: {
    lv: 'Centrs nepieder norādītajai organizācijai.',
    en: 'The centre does not belong to the given organisation.',
  },
  organisation_kind_mismatch: {
    lv: 'Šo lomu var piešķirt tikai šāda veida organizācijā: {kinds}.',
    en: 'This role can only be granted in an organisation of kind: {kinds}.',
  },
  grant_duplicate: {
    lv: 'Lietotājam jau ir šī loma šajā jomā pārklājošā laikposmā.',
    en: 'The user already holds this role in this scope for an overlapping period.',
  },
  grant_already_revoked: { lv: 'Šīs tiesības jau ir atsauktas.', en: 'This role has already been revoked.' },
  own_grant_protected: {
    lv: 'Savas administratora tiesības nevar atsaukt vai mainīt pats; to var izdarīt cits administrators.',
    en: 'You cannot revoke or change your own administrator rights; another administrator can.',
  },
  cannot_disable_self: { lv: 'Savu kontu nevar atspējot.', en: 'You cannot disable your own account.' },
  user_disabled: { lv: 'Lietotāja konts ir atspējots.', en: 'The user account is disabled.' },
  token_already_revoked: { lv: 'Šī API atslēga jau ir atsaukta.', en: 'This API token has already been revoked.' },
  token_term_too_long: {
    lv: 'API atslēgas termiņš nevar būt ilgāks par {years} gadiem.',
    en: 'An API token cannot be valid for more than {years} years.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof peopleMessages, true> {}
}
