// The head's morning page: who of the staff is in today (BV-3), which institutions' officers receive
// today (CR-20.8: their reception hours against the calendar, less those absent without a substitute, CR-19.3),
// today's contacts by type (CR-17.1 … CR-17.4), written contacts due (DR-25.1.7.3), obligations overdue, and the
// continuity gaps of the next two weeks (CR-17.11). One call, read-only.
import { Type, type Static } from 'typebox';
import type { Deps } from '../db.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { formatClock, hoursOn, loadReception } from '../centres/index.ts';
import { contactCountsByType, writtenContactsDue } from '../contacts/lookups.ts';
import { overdueAtCentre } from '../obligations/lookups.ts';
import { calendarFor } from '../organisations/index.ts';
import { absentInstitutionsOn } from '../presence/lookups.ts';
import { IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { absenceOn, employedOn, presentOn, type ContinuityAbsence } from './continuity.ts';
import { centreContinuity } from './continuity-service.ts';
import { GapSchema } from './presenters.ts';
import * as repo from './repository.ts';
import { centreFor } from './scope.ts';
import { ABSENCE_KINDS } from './tables.ts';

const Name = (description: string) => Type.String({ description });

export const MorningSchema = Obj({
  centreId: Uuid('The centre'),
  centreName: Name('Its name'),
  date: IsoDate('Today in Europe/Riga'),
  staff: Type.Array(
    Obj({
      memberId: Uuid('The member'),
      name: Name('Name and surname'),
      position: Name('Position'),
      isHead: Type.Boolean({ description: 'The head of the centre' }),
      present: Type.Boolean({ description: 'At work today' }),
      absence: Nullable(StringEnum(ABSENCE_KINDS, 'Why absent')),
      substitute: Nullable(Name('Who substitutes (BV-3.9; BV-3.4 the head’s deputy)')),
      substituteAbsent: Type.Boolean({ description: 'The substitute is absent too' }),
    }),
    { description: 'BV-3: the staff employed today' },
  ),
  officers: Type.Array(
    Obj({
      institutionId: Uuid('The institution'),
      institutionName: Name('Its name'),
      hours: Type.Array(Name('Reception interval, HH:MM–HH:MM'), { description: 'Today’s reception hours' }),
      absent: Type.Boolean({ description: 'CR-19.3: its officer is absent today with no substitute' }),
    }),
    { description: 'CR-20.8: institutions with reception hours at the centre today' },
  ),
  contactsToday: Type.Array(
    Obj({
      type: Name('The contact type (CR-17.1 … CR-17.4, CR-17.13)'),
      count: Type.Integer({ description: 'Registered today' }),
    }),
    { description: 'Today’s contacts by type' },
  ),
  writtenContacts: Obj(
    {
      open: Type.Integer({ description: 'DR-25.1.7.3: written contacts awaiting their answer' }),
      dueToday: Type.Integer({ description: 'Due today' }),
      overdue: Type.Integer({ description: 'Past due' }),
    },
    { description: 'DR-25.1.7.3: written contacts and their answers’ terms' },
  ),
  obligationsOverdue: Type.Array(
    Obj({
      ruleId: Name('The requirement ID'),
      count: Type.Integer({ description: 'Overdue obligations of the rule' }),
      earliestDue: IsoDate('The earliest due date'),
    }),
    { description: 'The centre’s obligations past due, by rule' },
  ),
  upcomingGaps: Type.Array(GapSchema, { description: 'CR-17.11: uncovered opening hours in the next 14 days' }),
});
export type MorningOut = Static<typeof MorningSchema>;

export async function morning(deps: Deps, context: AuditContext, centreId: string): Promise<MorningOut> {
  const centre = await centreFor(deps, context.actor, centreId, false);
  const today = rigaDate(deps.now());
  const members = (await repo.listMembers(deps.db, [centre.id])).filter((m) =>
    employedOn({ employedFrom: m.employed_from, employedUntil: m.employed_until }, today),
  );
  const absences: ContinuityAbsence[] = (await repo.listAbsences(deps.db, [centre.id], { from: today, to: today })).map(
    (a) => ({
      id: a.id,
      memberId: a.staff_member_id,
      kind: a.kind,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      substituteId: a.substitute_id,
    }),
  );
  const byId = new Map(members.map((m) => [m.id, m]));
  const asMember = (m: repo.MemberRow) => ({
    id: m.id,
    name: m.name,
    servicePointId: m.service_point_id,
    employedFrom: m.employed_from,
    employedUntil: m.employed_until,
  });
  const staff = members.map((m) => {
    const absence = absenceOn(absences, m.id, today);
    const substitute = absence?.substituteId ? byId.get(absence.substituteId) : undefined;
    return {
      memberId: m.id,
      name: m.name,
      position: m.position,
      isHead: m.is_head,
      present: absence === undefined,
      absence: absence?.kind ?? null,
      substitute: substitute?.name ?? null,
      substituteAbsent:
        absence?.substituteId != null && !presentOn(substitute && asMember(substitute), absences, today),
    };
  });
  const calendar = await calendarFor(deps, centre.municipality_id);
  const absent = new Set(await absentInstitutionsOn(deps.db, centre.id, today));
  const officers = ((await loadReception(deps.db, [centre.id])).get(centre.id) ?? [])
    .map((r) => ({
      r,
      day: hoursOn(
        {
          schedules: [{ label: null, validFrom: r.validFrom, validUntil: r.validUntil, days: r.days }],
          exceptions: [],
        },
        today,
        calendar,
      ),
    }))
    .filter(({ r, day }) => day.open && r.validFrom <= today && (r.validUntil === null || r.validUntil >= today))
    .map(({ r, day }) => ({
      institutionId: r.institutionId,
      institutionName: r.institutionName,
      // The calendar closes reception on holidays and moves a working Saturday's; the hour taken off the day before
      // a holiday (Labour Law s.135) is the officer's working day's last, not necessarily the reception's.
      hours: (day.shortened ? (r.days[day.weekday] ?? day.intervals) : day.intervals).map(
        (i) => `${formatClock(i.opens)}–${formatClock(i.closes)}`,
      ),
      absent: absent.has(r.institutionId),
    }));
  const ahead = await centreContinuity(deps, context, centre.id, { from: today, to: addDays(today, 13) });
  return {
    centreId: centre.id,
    centreName: centre.name,
    date: today,
    staff,
    officers,
    contactsToday: await contactCountsByType(deps.db, centre.id, today),
    writtenContacts: await writtenContactsDue(deps.db, centre.id, today),
    obligationsOverdue: await overdueAtCentre(deps.db, centre.id, today),
    upcomingGaps: ahead.gaps,
  };
}
