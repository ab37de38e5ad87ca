// The public face of the minimal basket: what other capabilities may use.
export * from './lookups.ts';
export { recordBasketVersion, hasBasketVersions, basketOn, CR8_INSTITUTIONS, type BasketVersionIn } from './service.ts';

// For start-up in demo mode: one DR-15 change request in progress (labelled demo).
export { loadBasketChangeDemo } from './change-demo.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { basketRoutes } from './routes.ts';
export { basketMessages } from './messages.ts';
