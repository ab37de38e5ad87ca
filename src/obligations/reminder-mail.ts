// The reminder e-mail: Latvian first, then English; it names the rule, its requirement ID, who owes it, what it is
// about and the due date as Latvians write it (23.11.2026.), and links to the dashboard filtered by the rule.
import { lvDate } from './format.ts';
import type { ObligationRule } from './rule-model.ts';
import type { Candidate, ReminderKind } from './reminders-repository.ts';
import type { SubjectName } from './subjects.ts';

/** `named`: the description of a subject another capability owns (subjects.ts), when it is one. */
export function reminderMail(
  kind: ReminderKind,
  o: Candidate,
  rule: ObligationRule,
  publicUrl: string,
  named?: SubjectName,
): { subject: string; text: string } {
  const due = lvDate(o.due_date);
  const owner = o.centre_name ? `${o.organisation_name}, ${o.centre_name}` : o.organisation_name;
  const subjectOf = named?.lv ?? `${o.subject_type} ${o.subject_id}`;
  const subjectOfEn = named?.en ?? subjectOf;
  const link = `${publicUrl}/obligations?rule=${encodeURIComponent(rule.id)}`;
  const overdue = kind === 'overdue';
  const text = [
    'Labdien!',
    '',
    overdue ? `Pienākuma izpildes termiņš (${due}) ir nokavēts.` : `Tuvojas pienākuma izpildes termiņš: ${due}.`,
    '',
    `Noteikums: ${rule.id} — ${rule.titleLv}`,
    `Atbildīgais: ${owner}`,
    `Attiecas uz: ${subjectOf}${o.period ? ` (periods ${o.period})` : ''}`,
    `Termiņš: ${due}`,
    `Izpilde: ${rule.fulfilledByLv}`,
    `Pienākumu saraksts: ${link}`,
    '',
    '---',
    '',
    'Hello,',
    '',
    overdue ? `The due date of an obligation (${due}) has passed.` : `An obligation falls due on ${due}.`,
    '',
    `Rule: ${rule.id} — ${rule.titleEn}`,
    `Owed by: ${owner}`,
    `About: ${subjectOfEn}${o.period ? ` (period ${o.period})` : ''}`,
    `Due date: ${due}`,
    `Done by: ${rule.fulfilledByEn}`,
    `Obligations: ${link}`,
  ].join('\n');
  const subject = overdue
    ? `Vienuviet: termiņš nokavēts / deadline missed — ${rule.id}, ${due}`
    : `Vienuviet: tuvojas termiņš / deadline approaching — ${rule.id}, ${due}`;
  return { subject, text };
}
