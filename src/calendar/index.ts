// The public face of calendar (the working-day calendar's API; the arithmetic is platform/calendar).
// For the composition root: the HTTP routes.
export { calendarRoutes } from './routes.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { calendarMessages } from './messages.ts';
