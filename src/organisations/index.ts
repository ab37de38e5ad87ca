// The public face of organisations: what other capabilities may use.
export * from './lookups.ts';

// For the composition root: the HTTP routes.
export { organisationRoutes } from './routes.ts';
// For other capabilities: an organisation or centre by id, the list of organisations.
export { findCentre, findOrganisation, listOrganisations } from './repository.ts';
// For other capabilities: the centre kinds and statuses, the shared input schemas and text cleaning, the
// registration-number checksum.
export { CENTRE_KINDS, CENTRE_STATUS_VALUES } from './presenters.ts';
export { EAddress, Phone, WebAddress } from './schemas.ts';
export { clean } from './write-service.ts';
export { isValidRegNo } from './reg-no.ts';
// Row and value types of the organisations' tables.
export type { NewOrganisation, Organisation, OrganisationContact, OrganisationKind } from './tables.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { organisationsMessages } from './messages.ts';
// For the seed: writes and look-ups of the shipped data.
export * from './shipped.ts';
