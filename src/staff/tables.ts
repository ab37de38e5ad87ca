import type { Selectable } from 'kysely';
import type { StaffTables } from './tables.generated.ts';

// Tables owned by staff: the centre's people and their absences (BV-3).
export const ownTables = ['staff_members', 'staff_absences'] as const;

// Row types of these tables, derived from the generated ones (the SQL is the truth).
export type StaffMemberRow = Selectable<StaffTables['staff_members']>;
export type StaffAbsenceRow = Selectable<StaffTables['staff_absences']>;
export type AbsenceKind = StaffAbsenceRow['kind'];
export const ABSENCE_KINDS = [
  'vacation',
  'sick_leave',
  'training',
  'business_trip',
] as const satisfies readonly AbsenceKind[];
