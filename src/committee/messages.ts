// The supervisory committee (CR-9, CR-10, CR-11).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const committeeMessages = {
  committee_member_kind: {
    lv: 'Komitejas locekle var būt ministrija, iestāde, pakalpojumu turētājs vai MK noteikumu Nr. 401 9. punktā nosaukta apvienība.',
    en: 'A committee member is the ministry, an institution, a service holder or an association named in point 9 of Cabinet Regulation No. 401.',
  },
  committee_user_not_of_member: {
    lv: 'Pārstāvja lietotājs nav šīs organizācijas darbinieks.',
    en: "The representative's user does not work for this organisation.",
  },
  committee_member_ended: { lv: 'Dalība jau ir beigusies.', en: 'The membership has already ended.' },
  committee_meeting_not_planned: {
    lv: 'Sēde jau ir notikusi.',
    en: 'The meeting has already been held.',
  },
  committee_meeting_frozen: {
    lv: 'Sēde notika {date}: notikušu sēdi (datumu, vietu, darba kārtību) vairs mainīt nevar.',
    en: 'The meeting was held on {date}: a held meeting (its day, place and agenda) can no longer be changed.',
  },
  committee_meeting_not_held: {
    lv: 'Sēde vēl nav notikusi: lēmumus un protokolu var ierakstīt tikai pēc sēdes.',
    en: 'The meeting has not been held yet: decisions and minutes are recorded only after it.',
  },
  committee_minutes_final: {
    lv: 'Sēdes protokols ir apstiprināts un galīgs: sēdi vairs nevar mainīt.',
    en: 'The minutes are approved and final: the meeting can no longer be changed.',
  },
  committee_decision_exists: {
    lv: 'Par šo darba kārtības punktu lēmums jau ir pieņemts.',
    en: 'A decision on this agenda item has already been recorded.',
  },
  committee_agenda_item_unknown: {
    lv: 'Šāda darba kārtības punkta šajā sēdē nav.',
    en: 'No such agenda item in this meeting.',
  },
  committee_subject_required: {
    lv: 'Priekšlikumam vai groza versijai jānorāda, par kuru ierakstu ir punkts.',
    en: 'A proposal or basket version item must name the record it is about.',
  },
  committee_subject_not_allowed: {
    lv: 'Šāda veida punktam nenorāda saistīto ierakstu.',
    en: 'An item of this kind names no record.',
  },
  committee_subject_unknown: { lv: 'Šāds ieraksts nav atrasts.', en: 'No such record.' },
  committee_vote_not_member: {
    lv: 'Balsot var tikai organizācija, kas lēmuma dienā ir komitejas locekle.',
    en: 'Only an organisation that is a committee member on the day of the decision votes.',
  },
  committee_vote_twice: { lv: 'Organizācija balso vienu reizi.', en: 'An organisation votes once.' },
  committee_date_before_planned: {
    lv: 'Datums nevar būt agrāks par sēdes norises dienu.',
    en: 'The date cannot be before the day of the meeting.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof committeeMessages, true> {}
}
