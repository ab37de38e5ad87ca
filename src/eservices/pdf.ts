// The written authorisation of AM-1.5 22.1³ as a PDF in Latvian: one page per copy — the centre's copy (kept under
// the Archives Law) and the client's copy — each to be signed by the client and the employee. Text is set in DejaVu
// Sans (the npm package dejavu-fonts-ttf; Bitstream Vera licence, free to redistribute), embedded as a subset with
// its Unicode map, so every Latvian letter (ā č ē ģ ī ķ ļ ņ š ū ž) prints and can be searched and copied.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { DeliveryChannel, IdentityDocumentType } from './tables.ts';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= { regular: readFileSync(REGULAR), bold: readFileSync(BOLD) };
  return fonts;
}

export interface AuthorisationData {
  eserviceId: string;
  /** The Riga day the document is printed on (DD.MM.YYYY. in the text). */
  date: string;
  generatedAt: Date;
  centreName: string;
  municipalityName: string;
  employeeName: string;
  client: {
    name: string;
    personalCode: string;
    documentType: IdentityDocumentType;
    documentNumber: string;
    documentValidUntil: string;
    postalAddress: string | null;
  };
  service: { identifier: string; name: string; holderName: string };
  deliveryChannel: DeliveryChannel | null;
}

export const COPIES = [
  {
    label: '1. eksemplārs — centra eksemplārs',
    note: 'Glabā vienotais klientu apkalpošanas centrs atbilstoši Arhīvu likuma prasībām.',
  },
  { label: '2. eksemplārs — klienta eksemplārs', note: 'Izsniedz klientam.' },
] as const;

const DOCUMENT_NAMES: Record<IdentityDocumentType, string> = {
  passport: 'pase',
  id_card: 'personas apliecība (eID karte)',
  residence_permit: 'uzturēšanās atļauja',
};

const lvDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}.`;

function deliveryLines(data: AuthorisationData): string[] {
  const box = (channel: DeliveryChannel) => (data.deliveryChannel === channel ? '☒' : '☐');
  const address = data.client.postalAddress ? `: ${data.client.postalAddress}` : '';
  return [
    `${box('e_address')} oficiālajā elektroniskajā adresē (ja tā ir aktivizēta)`,
    `${box('post')} pa pastu${address}`,
    `${box('in_person')} klātienē vienotajā klientu apkalpošanas centrā`,
  ];
}

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.6).font('bold').fontSize(11).text(text).font('regular').fontSize(10).moveDown(0.2);
}

function line(doc: Doc, label: string, value: string): void {
  doc.font('regular').fontSize(10).text(`${label}: `, { continued: true }).font('bold').text(value).font('regular');
}

function copyPage(doc: Doc, data: AuthorisationData, copy: (typeof COPIES)[number]): void {
  const c = data.client;
  doc.font('bold').fontSize(9).text(copy.label, { align: 'right' }).font('regular').text(copy.note, { align: 'right' });
  doc.moveDown(1.2).font('bold').fontSize(16).text('PILNVAROJUMS', { align: 'center' });
  doc.font('regular').fontSize(10).text('pilnvarotā e-pakalpojuma pieteikšanai', { align: 'center' });
  doc
    .fontSize(8)
    .text('Ministru kabineta 2017. gada 4. jūlija noteikumu Nr. 401 2.6. un 22.¹ punkts', { align: 'center' });
  doc
    .moveDown(1)
    .fontSize(10)
    .text(`${data.centreName}, ${data.municipalityName}, ${lvDate(data.date)}`);

  heading(doc, 'Pilnvarotājs (klients)');
  line(doc, 'Vārds, uzvārds', c.name);
  line(doc, 'Personas kods', c.personalCode);
  line(
    doc,
    'Personu apliecinošs dokuments',
    `${DOCUMENT_NAMES[c.documentType]} Nr. ${c.documentNumber}, derīga līdz ${lvDate(c.documentValidUntil)}`,
  );

  heading(doc, 'Pilnvarotā persona');
  line(doc, 'Vienotā klientu apkalpošanas centra darbinieks', data.employeeName);

  heading(doc, 'E-pakalpojums');
  line(doc, 'Nosaukums', `${data.service.name} (${data.service.identifier})`);
  line(doc, 'Pakalpojuma turētājs', data.service.holderName);

  doc.moveDown(0.8);
  const paragraph = (text: string) => doc.font('regular').fontSize(10).text(text, { align: 'justify' }).moveDown(0.5);
  paragraph(
    'Es, pilnvarotājs, pilnvaroju vienotā klientu apkalpošanas centra darbinieku manā vārdā pieteikt norādīto e-pakalpojumu ' +
      'valsts pārvaldes pakalpojumu portālā, jo man nav pieejami personas elektroniskās identifikācijas līdzekļi.',
  );
  paragraph(
    'Esmu informēts(-a), ka e-pakalpojuma pieteikšanā tiks izmantoti mani personas dati un ka tie tiks apstrādāti saskaņā ar ' +
      'fizisko personu datu aizsardzības jomu regulējošiem normatīvajiem aktiem. Manu rakstveida apliecinājumu par pieteikumā ' +
      'ievadīto datu patiesumu centrs glabā trīs mēnešus pēc e-pakalpojuma izpildes dienas; pēc tam mani personas dati tiek dzēsti.',
  );
  paragraph('Apliecinu, ka e-pakalpojuma pieteikumā ievadītie dati ir patiesi.');

  heading(doc, 'E-pakalpojuma rezultātu vēlos saņemt');
  for (const text of deliveryLines(data)) doc.text(text);

  doc.moveDown(2.5);
  doc.text('Pilnvarotājs: ________________________________   (paraksts)');
  doc.fontSize(8).text(c.name, { indent: 80 }).fontSize(10);
  doc.moveDown(1.5);
  doc.text('Centra darbinieks: ___________________________   (paraksts)');
  doc.fontSize(8).text(data.employeeName, { indent: 80 }).fontSize(10);

  doc
    .fontSize(7)
    .fillColor('#555555')
    .text(
      `Vienuviet · ieraksts ${data.eserviceId}`,
      doc.page.margins.left,
      doc.page.height - doc.page.margins.bottom - 12,
      { lineBreak: false },
    );
  doc.fillColor('black');
}

/** The PDF with both copies, as bytes. */
export function authorisationPdf(data: AuthorisationData): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    // The default font would be Helvetica, which has no ā, ķ, ņ…: start in DejaVu Sans.
    font: REGULAR,
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    autoFirstPage: false,
    lang: 'lv-LV',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `Pilnvarojums — ${data.service.name}`,
      Author: data.centreName,
      Subject: 'Pilnvarotā e-pakalpojuma pieteikšana',
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
  for (const copy of COPIES) {
    doc.addPage();
    copyPage(doc, data, copy);
  }
  doc.end();
  return done;
}
