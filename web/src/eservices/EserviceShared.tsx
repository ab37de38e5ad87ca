// Shapes of the authorised e-services API (derived from the generated schema) and the few helpers their pages share.
import type { ApiResponse, Item, ItemOf } from '../api.ts';
import type { Lang } from '../i18n/messages.ts';

/** GET /api/v1/authorised-eservices. */
export type EserviceSummary = ItemOf<'listAuthorisedEservices'>;
/** GET /api/v1/authorised-eservices/{id}. */
export type EserviceDetail = ApiResponse<'getAuthorisedEservice'>;
export type EserviceStep = Item<EserviceDetail['steps']>['step'];
export type DeliveryChannel = NonNullable<EserviceDetail['deliveryChannel']>;
export type DocumentType = NonNullable<EserviceDetail['documentType']>;
export type EidMeans = NonNullable<EserviceDetail['eidMeans']>;
/** A service filable on the client's behalf (GET /api/v1/authorised-eservices/filable-services). */
export type ServiceRef = ItemOf<'listAuthorisedEserviceFilableServices'>;

/** The service's name in the UI's language, Latvian when there is no English one. */
export function serviceName(lang: Lang, service: ServiceRef): string {
  return (lang === 'en' && service.name.en) || service.name.lv;
}

/** Staff roles that file authorised e-services (the API decides; this only shapes the UI). */
export const FILING_ROLES = ['centre_employee', 'centre_head'];
