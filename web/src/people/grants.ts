// How a role's scope and term read in the UI: "Balvu novada pašvaldība · Balvu … centrs", "līdz 31.12.2026.".
import { formatDate } from '../shared/format.ts';
import { fill, type Messages } from '../i18n/messages.ts';

export function scopeText(grant: { organisationName: string; centreName: string | null }): string {
  return grant.centreName ? `${grant.organisationName} · ${grant.centreName}` : grant.organisationName;
}

/** "līdz 31.12.2026." or "beztermiņa"; with a start date in the future, "no 01.01.2027., līdz …". */
export function termText(m: Messages, validUntil: string | null, validFrom?: string | null, today?: string): string {
  const end = validUntil ? fill(m.common.until, { date: formatDate(validUntil) }) : m.common.permanent;
  if (validFrom && today && validFrom > today) return `${fill(m.common.from, { date: formatDate(validFrom) })}, ${end}`;
  return end;
}
