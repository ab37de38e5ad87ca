// Demo data (demo mode only): one proposal still with the ministry — Balvu novads proposes that the centres take the
// State Revenue Service's reception of paper declarations, filed on the day the demo starts, its letter a generated
// PDF, the holder asked for its readiness (CR-14.1, CR-14.2). Its title says (demonstrācija). Added once: a database
// that has any proposal is left as it is.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Deps } from '../db.ts';
import { systemActor } from '../platform/access/actor.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { rigaDate } from '../platform/time.ts';
import { storeDocument } from '../documents/index.ts';
import { organisationsNamedFolded } from '../organisations/lookups.ts';
import { fileTransfer } from './file-service.ts';
import * as repo from './repository.ts';

const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

function letterPdf(lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: lines[0] ?? '' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(FONT).fontSize(11);
    for (const line of lines) doc.text(line).moveDown(0.6);
    doc.end();
  });
}

export async function loadProposalsDemo(deps: Deps): Promise<void> {
  const db = deps.db;
  const any = await db.selectFrom('proposals').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const named = await organisationsNamedFolded(db, ['balvu novads', 'vid']);
  const balvi = named.find((n) => n.matched === 'balvu novads')?.id;
  const vid = named.find((n) => n.matched === 'vid')?.id;
  if (!balvi || !vid) return;
  const now = deps.now();
  const today = rigaDate(now);
  const title = 'Papīra deklarāciju pieņemšana VPVKAC (demonstrācija)';
  const bytes = await letterPdf([
    'Balvu novada pašvaldība (demonstrācija)',
    'Viedās administrācijas un reģionālās attīstības ministrijai; Valsts ieņēmumu dienestam',
    `Par priekšlikumu: ${title}`,
    'Saskaņā ar MK noteikumu Nr. 401 14.1. punktu ierosinām nodot vienotajiem klientu apkalpošanas centriem ' +
      'papīra gada ienākumu deklarāciju pieņemšanu un nodošanu VID.',
    'Šī ir demonstrācijas vēstule: tā nav īsta un nav parakstīta.',
  ]);
  const context = { actor: systemActor('demo') };
  await inTransaction(db, async (trx) => {
    const letter = await storeDocument(trx, {
      bytes,
      filename: 'vestule-demonstracija.pdf',
      organisationId: balvi,
      uploadedBy: null,
      personalData: false,
    });
    const row = await repo.insertProposal(trx, {
      kind: 'transfer',
      title,
      proposer_id: balvi,
      proposer_kind: 'municipality',
      service_id: null,
      stage: 'Papīra gada ienākumu deklarāciju pieņemšana klātienē un nodošana VID (demonstrācija)',
      holder_id: vid,
      centre_kinds: [],
      justification: 'Iedzīvotājiem nav jābrauc uz VID klientu apkalpošanas centru (demonstrācija).',
      letter_id: letter.id,
      filed_on: today,
      filed_at: now,
      state: 'gathering',
      state_since: now,
      updated_at: now,
    });
    await fileTransfer(trx, deps, context, row, today);
  });
}
