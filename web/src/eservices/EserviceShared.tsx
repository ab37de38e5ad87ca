// Shapes of the authorised e-services API (src/eservices/presenters.ts) and the few helpers their pages share.
import type { Lang } from '../i18n/messages.ts';

export type EserviceStep =
  | 'identity'
  | 'portal_identification'
  | 'data_use_informed'
  | 'authorisation_signed'
  | 'filed'
  | 'completion_time_told'
  | 'delivery'
  | 'result_told'
  | 'completed';
export type DeliveryChannel = 'e_address' | 'post' | 'in_person';
export type DocumentType = 'passport' | 'id_card' | 'residence_permit';
export type EidMeans = 'eid_card' | 'eparaksts_mobile';

interface Ref {
  id: string;
  name: string;
}

export interface ServiceRef {
  id: string;
  identifier: string;
  name: { lv: string; en: string | null };
  holderName: string;
}

export interface EserviceSummary {
  id: string;
  status: 'in_progress' | 'completed' | 'cancelled';
  centre: Ref;
  service: ServiceRef;
  startedAt: string;
  startedBy: Ref | null;
  nextStep: EserviceStep | null;
  clientName: string | null;
  personalCodeMasked: string | null;
  completedOn: string | null;
  deliveryChannel: DeliveryChannel | null;
}

export interface EserviceDetail extends EserviceSummary {
  steps: {
    step: EserviceStep;
    position: number;
    clauses: string[];
    done: boolean;
    doneAt: string | null;
    doneBy: Ref | null;
  }[];
  client: {
    name: string;
    personalCodeMasked: string;
    documentNumber: string;
    documentValidUntil: string;
    postalAddress: string | null;
    filingReference: string | null;
  } | null;
  documentType: DocumentType | null;
  eidMeans: EidMeans | null;
  centreCopyArchived: boolean;
  archiveReference: string | null;
  filedOn: string | null;
  plannedCompletionOn: string | null;
  resultAsked: boolean | null;
  resultToldOn: string | null;
  retention: { keptUntil: string | null; removableFrom: string | null; personalDataRemovedAt: string | null };
  cancellation: {
    cancelledOn: string;
    cancelledAt: string;
    cancelledBy: Ref | null;
    automatic: boolean;
    reason: string | null;
  } | null;
  canAct: boolean;
}

/** The service's name in the UI's language, Latvian when there is no English one. */
export function serviceName(lang: Lang, service: ServiceRef): string {
  return (lang === 'en' && service.name.en) || service.name.lv;
}

/** Staff roles that file authorised e-services (the API decides; this only shapes the UI). */
export const FILING_ROLES = ['centre_employee', 'centre_head'];
