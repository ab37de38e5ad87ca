// The public face of centres: what other capabilities may use.
export * from './lookups.ts';

// For the composition root: the HTTP routes.
export { centreRoutes } from './routes.ts';
export { pointRoutes } from './points-routes.ts';
export { publicCentreRoutes } from './public-routes.ts';
// For other capabilities: clock times and opening hours on a date.
export { formatClock, parseClock, type Interval } from './clock.ts';
export { hoursOn, type DayCalendar, type Schedule } from './hours.ts';
// For the staff's continuity check: the points' hours of centres, loaded.
export { loadPoints, type PointData } from './load.ts';
// For the seed: point functions, a liquidation's closing date, and writing service points and reception hours.
export { functionByCode } from './functions.ts';
export { closingDeadline } from './lifecycle.ts';
export {
  insertPoint,
  listFunctionRows,
  listScheduleRows,
  replaceFunctions,
  replaceSchedules,
  type ScheduleValues,
} from './points-repository.ts';
export { insertReceptionVersion } from './reception-repository.ts';
// For presence (institutions' officers): the reception versions and the points' hours of centres, loaded.
export { loadCentre, loadReception, type CentreData, type ReceptionData } from './load.ts';
export { parseDays } from './input.ts';
export { DayIn, type DayInput } from './schemas.ts';
// Row and value types of the centres' tables.
export type { Centre, CentreKind, CentreStatus, ServicePoint } from './tables.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { centresMessages } from './messages.ts';
// For the seed: writes and look-ups of the shipped data.
export * from './shipped.ts';
