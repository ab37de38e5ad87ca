// Demo data (demo mode only): two access applications so the page is not empty, each labelled (demonstrācija) and
// with example.lv addresses. Balvu novads asks today for admin access for one employee, waiting for the ministry's
// DR-20.2 decision; the State Social Insurance Agency's application of a week ago was rejected (its file carried no
// secure signature), the ministry's duty fulfilled. Written as the services write them — the obligation opened and
// fulfilled through the engine, audited — but without a person acting (no account is created). Added once: a database
// that has any application is left as it is.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Deps, Tx } from '../db.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { storeDocument } from '../documents/index.ts';
import { fulfilObligation, openObligation } from '../obligations/index.ts';
import { organisationsNamedFolded, organisationsOfKinds } from '../organisations/lookups.ts';
import * as repo from './repository.ts';
import { subjectOf } from './service.ts';
import { readSignature } from './signature.ts';

const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const DEMO = '(demonstrācija)';

/** The application as a PDF; with `signer`, a signature dictionary naming them as signing tools write it. */
async function applicationPdf(lines: readonly string[], signer: string | null): Promise<Buffer> {
  const plain = await new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: lines[0] ?? '' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(FONT).fontSize(11);
    for (const line of lines) doc.text(line).moveDown(0.6);
    doc.end();
  });
  if (!signer) return plain;
  const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(signer, 'utf16le').swap16()]);
  const name = [...utf16].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  const sig = `99 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /Name (${name}) /Contents <00> >>\nendobj\n`;
  const text = plain.toString('latin1');
  const end = text.lastIndexOf('%%EOF');
  return Buffer.from(`${text.slice(0, end)}${sig}${text.slice(end)}`, 'latin1');
}

interface DemoApplication {
  organisation: string;
  daysAgo: number;
  employee: { name: string; email: string; position: string; workplace: string };
  signer: string | null;
  /** Rejected with this reason, or waiting for the decision. */
  rejected: string | null;
}

const APPLICATIONS: readonly DemoApplication[] = [
  {
    organisation: 'balvu novads',
    daysAgo: 0,
    employee: {
      name: `Ilze Bērziņa ${DEMO}`,
      email: 'ilze.berzina.demo@example.lv',
      position: 'VPVKAC vadītāja',
      workplace: `Balvu novada VPVKAC ${DEMO}`,
    },
    signer: `Sandis Kalniņš ${DEMO}`,
    rejected: null,
  },
  {
    organisation: 'vsaa',
    daysAgo: 7,
    employee: {
      name: `Māris Ozols ${DEMO}`,
      email: 'maris.ozols.demo@example.lv',
      position: 'Klientu apkalpošanas koordinators',
      workplace: `Valsts sociālās apdrošināšanas aģentūra ${DEMO}`,
    },
    signer: null,
    rejected: `Pieteikums nav parakstīts ar drošu elektronisko parakstu; lūdzam iesniegt to atkārtoti ${DEMO}.`,
  },
];

async function addApplication(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  a: DemoApplication,
  ids: { organisationId: string; ministryId: string },
): Promise<void> {
  const now = deps.now();
  const receivedOn = addDays(rigaDate(now), -a.daysAgo);
  const bytes = await applicationPdf(
    [
      `Pieteikums piekļuves tiesību piešķiršanai ${DEMO}`,
      'Viedās administrācijas un reģionālās attīstības ministrijai',
      `Lūdzam piešķirt administratora tiesības: ${a.employee.name}, ${a.employee.position}.`,
      'Šī ir demonstrācijas vēstule: tā nav īsta.',
    ],
    a.signer,
  );
  const document = await storeDocument(trx, {
    bytes,
    filename: 'pieteikums-demonstracija.pdf',
    organisationId: ids.organisationId,
    uploadedBy: null,
    personalData: true,
  });
  const row = await repo.insertApplication(trx, {
    number: await repo.nextNumber(trx, receivedOn.slice(0, 4)),
    organisationId: ids.organisationId,
    action: 'grant',
    documentId: document.id,
    signature: readSignature(bytes, document.mediaType),
    note: `Demonstrācijas pieteikums ${DEMO}`,
    receivedOn,
    decisionDue: receivedOn,
    submittedBy: null,
    submittedAt: new Date(`${receivedOn}T08:30:00Z`),
  });
  await repo.insertEmployees(trx, row.id, [
    { ...a.employee, phone: '+371 60000000', jobTitle: a.employee.position, validUntil: null },
  ]);
  // DR-20.2 as filing opens it; a rejection fulfils it the next day.
  const duty = await openObligation(
    trx,
    deps,
    { ruleId: 'DR-20.2', owner: { organisationId: ids.ministryId }, subject: subjectOf(row.id), startDate: receivedOn },
    context,
  );
  const decidedOn = addDays(receivedOn, 1);
  if (a.rejected) {
    await fulfilObligation(trx, deps, { ruleId: 'DR-20.2', subject: subjectOf(row.id), on: decidedOn }, context);
  }
  await repo.updateApplication(trx, row.id, {
    decision_due: duty.due_date,
    ...(a.rejected
      ? {
          status: 'rejected' as const,
          decided_by: null,
          decided_at: new Date(`${decidedOn}T10:00:00Z`),
          decided_on: decidedOn,
          rejection_reason: a.rejected,
        }
      : {}),
  });
  await recordAudit(trx, context, {
    action: 'access_application.demo',
    entityType: 'access_application',
    entityId: row.id,
    organisationId: ids.organisationId,
    after: { number: row.number, status: a.rejected ? 'rejected' : 'submitted' },
  });
}

/** CR-22, DR-20.2: the demo's applications, once; returns how many were added. */
export async function loadAccessApplicationsDemo(deps: Deps): Promise<number> {
  const any = await deps.db.selectFrom('access_applications').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  const [ministry] = await organisationsOfKinds(deps.db, ['ministry']);
  const named = await organisationsNamedFolded(
    deps.db,
    APPLICATIONS.map((a) => a.organisation),
  );
  if (!ministry) return 0;
  const context: AuditContext = { actor: systemActor('demo') };
  let added = 0;
  await inTransaction(deps.db, async (trx) => {
    for (const a of APPLICATIONS) {
      const organisationId = named.find((n) => n.matched === a.organisation)?.id;
      if (!organisationId) continue;
      await addApplication(trx, deps, context, a, { organisationId, ministryId: ministry.id });
      added++;
    }
  });
  return added;
}
