// Complaints, questions and suggestions (CR-17.13, CR-19.7, CR-20.7, SR-19, BV-4.2).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const feedbackMessages = {
  feedback_centre_not_yours: {
    lv: 'Šajā centrā jūs nevarat reģistrēt sūdzības, jautājumus un priekšlikumus.',
    en: 'You cannot register complaints, questions and suggestions at this centre.',
  },
  feedback_point_not_in_centre: {
    lv: 'Šis pakalpojumu sniegšanas punkts nepieder centram.',
    en: 'This service point does not belong to the centre.',
  },
  feedback_service_unknown: {
    lv: 'Šāds publicēts pakalpojums katalogā nav atrasts.',
    en: 'No such published service in the catalogue.',
  },
  feedback_contact_unknown: { lv: 'Šāds šī centra kontakts nav atrasts.', en: 'No such contact at this centre.' },
  feedback_received_too_early: {
    lv: 'Saņemšanas laiks nevar būt pirms 01.07.2017., kad stājās spēkā MK noteikumi Nr. 401.',
    en: 'The time received cannot be before 01.07.2017, when Cabinet Regulation No. 401 came into force.',
  },
  feedback_reply_address_not_needed: {
    lv: 'Atbildei centrā adrese nav vajadzīga — norādiet tikai to, kas nepieciešams atbildei.',
    en: 'An answer at the centre needs no address — give only what the answer needs.',
  },
  feedback_route_needs_service: {
    lv: 'Lai nosūtītu pakalpojuma turētājam, jānorāda pakalpojums.',
    en: 'Routing to the service holder needs the service.',
  },
  feedback_holder_is_centre: {
    lv: 'Šis ir pašvaldības pakalpojums — uz to atbild centrs.',
    en: "This is the municipality's own service — the centre answers it.",
  },
  feedback_route_unchanged: { lv: 'Lieta jau ir nosūtīta šim adresātam.', en: 'The case is already routed there.' },
  feedback_already_answered: { lv: 'Uz šo lietu jau ir atbildēts.', en: 'This case has already been answered.' },
  feedback_already_level_2: { lv: 'Lieta jau ir 2. līmenī.', en: 'The case is already at level 2.' },
  feedback_level_2_required: {
    lv: '2. līmeņa lietu (sūdzību vai nestandarta situāciju) atbild centra vadītājs vai pašvaldības administrators.',
    en: 'A level 2 case (a complaint or a non-standard case) is answered by the head of the centre or the municipality’s admin.',
  },
  feedback_answer_before_receipt: {
    lv: 'Atbildes datums nevar būt pirms saņemšanas.',
    en: 'The answer cannot be dated before the case was received.',
  },
  feedback_contest_open: {
    lv: 'Lietā notiek apstrīdēšana — to vairs nevar pārsūtīt.',
    en: 'The case is being contested — it can no longer be routed.',
  },
  feedback_contest_complaint_only: { lv: 'Apstrīdēt var tikai sūdzību.', en: 'Only a complaint can be contested.' },
  feedback_contest_centre_only: {
    lv: 'Centra darbinieka rīcības apstrīdēšana attiecas uz lietām, uz kurām atbild centrs.',
    en: "Contesting a centre employee's action applies to cases the centre answers.",
  },
  feedback_contest_subject_fixed: {
    lv: 'Apstrīdēšanas priekšmetu nosaka pirmais posms.',
    en: 'The first stage fixes what is contested.',
  },
  feedback_contest_previous_undecided: {
    lv: 'Nākamo posmu var reģistrēt tikai pēc iepriekšējā posma lēmuma.',
    en: "The next stage can only be lodged after the previous stage's decision.",
  },
  feedback_contest_complete: {
    lv: 'Visi apstrīdēšanas posmi jau ir reģistrēti.',
    en: 'Every stage of contesting is already recorded.',
  },
  feedback_contest_decided: { lv: 'Šim posmam lēmums jau ir reģistrēts.', en: 'This stage already has its decision.' },
  feedback_contest_before_decision: {
    lv: 'Posmu nevar iesniegt pirms iepriekšējā posma lēmuma dienas.',
    en: "The stage cannot be lodged before the day of the previous stage's decision.",
  },
  feedback_contest_before_receipt: {
    lv: 'Apstrīdēšanu nevar iesniegt pirms sūdzības saņemšanas.',
    en: 'The contest cannot be lodged before the complaint was received.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof feedbackMessages, true> {}
}
