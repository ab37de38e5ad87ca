// The authorisation PDF for the centre's staff (AM-1.5 22.1³): it holds the client's full personal code, so every
// download is audited; it exists from the identity step until DR-27.3's removal (gone afterwards).
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps } from '../db.ts';
import { rigaDate } from '../platform/time.ts';
import { formatPersonalCode } from '../platform/identifiers/personal-code.ts';
import { authorisationPdf } from './pdf.ts';
import * as repo from './repository.ts';
import { clientOf, staffRecord } from './service.ts';

export async function authorisationDocument(
  deps: Deps,
  id: string,
  context: AuditContext,
): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await staffRecord(deps.db, context.actor, id);
  const client = await clientOf(deps.db, row);
  const steps = await repo.listSteps(deps.db, id);
  // The employee who identified themself on the portal files it; until then, the one who started the workflow.
  const employeeName = steps.find((s) => s.step === 'portal_identification')?.done_by_name ?? row.started_by_name ?? '';
  const now = deps.now();
  const pdf = await authorisationPdf({
    eserviceId: id,
    date: rigaDate(now),
    generatedAt: now,
    centreName: row.centre_name,
    municipalityName: row.municipality_name,
    employeeName,
    client: {
      name: client.name,
      personalCode: formatPersonalCode(client.personal_code),
      documentType: row.document_type ?? 'passport',
      documentNumber: client.document_number,
      documentValidUntil: client.document_valid_until,
      postalAddress: client.postal_address,
    },
    service: { identifier: row.service_identifier, name: row.service_name_lv, holderName: row.holder_name },
    deliveryChannel: row.delivery_channel,
  });
  await inTransaction(deps.db, (trx) =>
    recordAudit(trx, context, {
      action: 'authorised_eservice.authorisation_pdf',
      entityType: 'authorised_eservice',
      entityId: id,
      organisationId: row.municipality_id,
      after: { copies: 2, bytes: pdf.length },
    }),
  );
  return { pdf, fileName: `pilnvarojums-${row.service_identifier}-${id.slice(0, 8)}.pdf` };
}
