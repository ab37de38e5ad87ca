// The minutes of a committee meeting as a PDF in Latvian: the meeting, the members present (their representatives),
// the agenda with the CR-10 point each item serves, and each decision with every member organisation's vote. A draft
// says PROJEKTS on every page; approved minutes name the day of approval. Set in DejaVu Sans (as the authorised
// e-services' PDF, src/eservices/pdf.ts), embedded with its Unicode map, so ā č ē ģ ī ķ ļ ņ š ū ž print and can be
// searched and copied.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { MeetingDetailOut } from './presenters.ts';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= { regular: readFileSync(REGULAR), bold: readFileSync(BOLD) };
  return fonts;
}

export const lvDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}.`;

const SUBJECT_LV: Record<MeetingDetailOut['agenda'][number]['subject']['kind'], string> = {
  proposal: 'priekšlikums par pakalpojuma nodošanu centriem (10.1. apakšpunkts)',
  quality_evaluation: 'pakalpojumu sniegšanas kvalitātes izvērtējums (10.2. apakšpunkts)',
  centres_analysis: 'centru darbības analīze (10.3. apakšpunkts)',
  survey_report: 'klientu apmierinātības aptaujas pārskats (10.4. apakšpunkts)',
  basket_version: 'minimālā pakalpojumu groza versija',
  other: 'cits jautājums',
};
const VOTE_LV = { for: 'par', against: 'pret', abstain: 'atturas' } as const;

export interface MinutesData {
  meeting: MeetingDetailOut;
  /** null: a draft. */
  approvedOn: string | null;
  generatedAt: Date;
}

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.8).font('bold').fontSize(12).text(text).font('regular').fontSize(10).moveDown(0.3);
}

function body(doc: Doc, data: MinutesData): void {
  const m = data.meeting;
  doc.font('bold').fontSize(15).text('UZRAUDZĪBAS KOMITEJAS SĒDES PROTOKOLS', { align: 'center' });
  doc
    .font('regular')
    .fontSize(9)
    .text('Ministru kabineta 2017. gada 4. jūlija noteikumu Nr. 401 9.–11. punkts', { align: 'center' });
  doc
    .moveDown(0.6)
    .fontSize(11)
    .text(data.approvedOn ? 'APSTIPRINĀTS' : 'PROJEKTS', { align: 'center' });
  doc.moveDown(1).font('regular').fontSize(10);
  doc.text(`Sēdes datums: ${lvDate(m.heldOn ?? m.plannedOn)}`);
  doc.text(`Norises vieta: ${m.place}`);

  heading(doc, 'Sēdē piedalās komitejas locekļi');
  if (m.members.length === 0) doc.text('Nav reģistrētu locekļu.');
  for (const member of m.members) {
    const position = member.representative.position ? `, ${member.representative.position}` : '';
    doc.text(`• ${member.organisation.name} — ${member.representative.name}${position}`);
  }

  heading(doc, 'Darba kārtība');
  for (const item of m.agenda) doc.text(`${item.position}. ${item.title} (${SUBJECT_LV[item.subject.kind]})`);

  heading(doc, 'Izskatītie jautājumi un lēmumi');
  for (const item of m.agenda) {
    doc.moveDown(0.4).font('bold').text(`${item.position}. ${item.title}`).font('regular');
    const d = item.decision;
    if (!d) {
      doc.text('Lēmums netika pieņemts.');
      continue;
    }
    doc.text(`Lēmums: ${d.text}`);
    doc.text(
      `Balsojums: par — ${d.tally.for}, pret — ${d.tally.against}, atturas — ${d.tally.abstain}. ` +
        (d.adopted ? 'Lēmums pieņemts.' : 'Lēmums nav pieņemts.'),
    );
    for (const v of d.votes) doc.fontSize(9).text(`   ${v.organisation.name}: ${VOTE_LV[v.vote]}`).fontSize(10);
  }

  doc.moveDown(1.2);
  if (data.approvedOn) doc.text(`Protokols apstiprināts ${lvDate(data.approvedOn)}`);
  else doc.text('Protokola projekts: nav apstiprināts, var mainīties.');
  doc.moveDown(1.5).text('Sēdes vadītājs: ________________________');
  doc.moveDown(1).text('Protokolētājs: ________________________');
}

/** The minutes as PDF bytes. */
export function minutesPdf(data: MinutesData): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const day = data.meeting.heldOn ?? data.meeting.plannedOn;
  const doc = new PDFDocument({
    size: 'A4',
    font: REGULAR,
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    lang: 'lv-LV',
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    info: {
      Title: `Uzraudzības komitejas sēdes protokols ${lvDate(day)}`,
      Subject: data.approvedOn ? 'Apstiprināts protokols' : 'Protokola projekts',
      Creator: 'Vienuviet',
      CreationDate: data.generatedAt,
      ModDate: data.generatedAt,
    },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('regular');
  body(doc, data);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const note = `${data.approvedOn ? 'Apstiprināts' : 'PROJEKTS'} · ${i + 1}. lpp. no ${range.count}`;
    // Below the bottom margin: without lifting it, pdfkit would start a new page for the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#555555')
      .text(note, doc.page.margins.left, doc.page.height - bottom + 20, { lineBreak: false });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
