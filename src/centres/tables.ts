import type { Selectable } from 'kysely';
import type { CentresTables } from './tables.generated.ts';

// Tables owned by centres: centres, service points, their functions and hours.
export const ownTables = [
  'centres',
  'service_points',
  'service_point_functions',
  'opening_schedules',
  'opening_intervals',
  'service_point_exceptions',
  'reception_schedules',
  'reception_intervals',
] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type Centre = Selectable<CentresTables['centres']>;
export type CentreKind = NonNullable<Centre['kind']>;
export type CentreStatus = Centre['status'];
export type ServicePoint = Selectable<CentresTables['service_points']>;
