// BV-4.4: the report on a centre's work for a period, as a PDF in Latvian: the totals beside the previous period's,
// the charts (ECharts' SVG from charts.ts, drawn into the PDF by svg-to-pdfkit as vectors) and the tables behind
// them. Text is set in DejaVu Sans (dejavu-fonts-ttf), embedded with its Unicode map, so ā č ē ģ ī ķ ļ ņ š ū ž print
// and can be searched and copied (as in src/eservices/pdf.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { barChartSvg } from './charts.ts';
import type { Dashboard } from './service.ts';
import { CHANNEL_LV, TOTAL_LV, TYPE_LV, lvDate, periodLabel } from './words-lv.ts';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= { regular: readFileSync(REGULAR), bold: readFileSync(BOLD) };
  return fonts;
}

type Doc = PDFKit.PDFDocument;
const LEFT = 56;
const WIDTH = 483;

/** A section's heading, on a new page when what follows it (`need` points) would not fit under it. */
function heading(doc: Doc, text: string, need = 80): void {
  if (doc.y + need > 780) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(12).text(text, LEFT).font('regular').fontSize(9).moveDown(0.3);
}

/** A table of text cells: a header row in bold, then the rows; columns after the first right-aligned. */
function table(doc: Doc, header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const first = WIDTH - (header.length - 1) * 80;
  const widths = header.map((_, i) => (i === 0 ? first : 80));
  const row = (cells: readonly (string | number)[], bold: boolean) => {
    if (doc.y > 760) doc.addPage();
    const y = doc.y;
    let x = LEFT;
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(String(c), { width: widths[i]! - 6 })));
    cells.forEach((c, i) => {
      doc.text(String(c), x, y, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right' });
      x += widths[i]!;
    });
    doc.y = y + height + 3;
    doc
      .moveTo(LEFT, doc.y - 1.5)
      .lineTo(LEFT + WIDTH, doc.y - 1.5)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  };
  row(header, true);
  for (const r of rows) row(r, false);
  doc.x = LEFT;
}

function chart(doc: Doc, svg: string, height = 230): void {
  if (doc.y + height > 780) doc.addPage();
  SVGtoPDF(doc, svg, LEFT, doc.y, {
    width: WIDTH,
    height,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
  });
  doc.y += height + 6;
}

const change = (now: number, before: number) =>
  before === 0
    ? now === 0
      ? '0'
      : '—'
    : `${now >= before ? '+' : ''}${Math.round(((now - before) / before) * 100)} %`;

export interface ReportInput {
  dashboard: Dashboard;
  municipalityName: string;
  generatedAt: Date;
  /** Uncompressed streams (tests read the text). */
  compress?: boolean;
}

export function centreReportPdf(input: ReportInput): Promise<Buffer> {
  const d = input.dashboard;
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    font: REGULAR,
    margins: { top: 48, bottom: 48, left: LEFT, right: LEFT },
    lang: 'lv-LV',
    displayTitle: true,
    pdfVersion: '1.7',
    compress: input.compress ?? true,
    info: {
      Title: `Pārskats par centra darbu — ${d.name}`,
      Author: 'Vienuviet',
      Subject: `${lvDate(d.from)}–${lvDate(d.to)}`,
      Creator: 'Vienuviet',
      CreationDate: input.generatedAt,
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

  doc.font('bold').fontSize(16).text('Pārskats par centra darbu', { align: 'center' });
  doc.font('bold').fontSize(12).text(d.name, { align: 'center' });
  doc.font('regular').fontSize(10).text(input.municipalityName, { align: 'center' });
  doc.moveDown(0.4).text(`Periods: ${lvDate(d.from)}–${lvDate(d.to)}`, { align: 'center' });
  doc.fontSize(8).text(`Salīdzinājumam iepriekšējais periods: ${lvDate(d.previous.from)}–${lvDate(d.previous.to)}`, {
    align: 'center',
  });

  heading(doc, '1. Kopsavilkums');
  const keys = Object.keys(TOTAL_LV) as (keyof typeof TOTAL_LV)[];
  table(
    doc,
    ['Rādītājs', 'Periodā', 'Iepriekš', 'Izmaiņas'],
    keys.map((k) => [TOTAL_LV[k], d.totals[k], d.previousTotals[k], change(d.totals[k], d.previousTotals[k])]),
  );

  heading(doc, '2. Kontakti un pieteikumi pa periodiem', 270);
  const periods = d.series.map((r) => periodLabel(r.period, d.by));
  chart(
    doc,
    barChartSvg('Kontakti un pieņemtie pieteikumi', periods, [
      { name: 'Kontakti', values: d.series.map((r) => r.contacts) },
      { name: 'Pieņemti pieteikumi', values: d.series.map((r) => r.applications) },
    ]),
  );
  table(
    doc,
    [d.by === 'month' ? 'Mēnesis' : 'Nedēļa', 'Kontakti', 'Pieteikumi', 'E-pakalp.', 'Kavēti', 'Sūdzības'],
    d.series.map((r, i) => [periods[i]!, r.contacts, r.applications, r.eservicesFiled, r.delayed, r.complaints]),
  );

  heading(doc, '3. Kontakti pēc saziņas kanāla', 270);
  const channels = d.byChannel.map((c) => CHANNEL_LV[c.key] ?? c.key);
  chart(
    doc,
    barChartSvg('Kontakti pēc kanāla', channels, [
      { name: 'Periodā', values: d.byChannel.map((c) => c.count) },
      { name: 'Iepriekšējā periodā', values: d.byChannel.map((c) => c.previous) },
    ]),
  );
  table(
    doc,
    ['Kanāls', 'Periodā', 'Iepriekš'],
    d.byChannel.map((c, i) => [channels[i]!, c.count, c.previous]),
  );

  heading(doc, '4. Kontakti pēc veida');
  table(
    doc,
    ['Veids', 'Periodā', 'Iepriekš'],
    d.byType.map((c) => [TYPE_LV[c.key] ?? c.key, c.count, c.previous]),
  );

  heading(doc, '5. Biežākie pakalpojumi');
  if (d.byService.length === 0) doc.font('regular').fontSize(9).text('Periodā kontakti nav saistīti ar pakalpojumiem.');
  else
    table(
      doc,
      ['Pakalpojums', 'Identifikators', 'Kontakti'],
      d.byService.map((s) => [s.name, s.identifier, s.count]),
    );

  doc.moveDown(1).font('regular').fontSize(7).fillColor('#555555');
  doc.text(
    `Sagatavots ${lvDate(input.generatedAt.toISOString().slice(0, 10))} sistēmā Vienuviet pēc centrā reģistrētajiem kontaktiem un saņemtajām sūdzībām. ` +
      'Kavēti: rakstveida iesniegumi, kas atbildēti pēc termiņa vai neatbildēti pēc tā (DR-25.1.7.3).',
    LEFT,
  );
  doc.end();
  return done;
}
