import type { Selectable } from 'kysely';
import type { EservicesTables } from './tables.generated.ts';

// Tables owned by eservices: authorised e-services, their steps and clients.
export const ownTables = ['authorised_eservices', 'authorised_eservice_steps', 'authorised_eservice_clients'] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type AuthorisedEservicesTable = EservicesTables['authorised_eservices'];
type Eservice = Selectable<AuthorisedEservicesTable>;
export type EserviceStatus = Eservice['status'];
export type EserviceStep = Selectable<EservicesTables['authorised_eservice_steps']>['step'];
export type IdentityDocumentType = NonNullable<Eservice['document_type']>;
export type EidMeans = NonNullable<Eservice['eid_means']>;
export type DeliveryChannel = NonNullable<Eservice['delivery_channel']>;
