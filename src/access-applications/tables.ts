import type { Selectable } from 'kysely';
import type { AccessApplicationsTables } from './tables.generated.ts';

// Tables owned by access applications: the applications and the employees each lists (Annex 2).
export const ownTables = ['access_applications', 'access_application_employees'] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type ApplicationRow = Selectable<AccessApplicationsTables['access_applications']>;
export type EmployeeRow = Selectable<AccessApplicationsTables['access_application_employees']>;
export type ApplicationAction = ApplicationRow['action'];
export type ApplicationStatus = ApplicationRow['status'];
