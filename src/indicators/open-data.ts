// SR-22 as open data: the published years, each holder's latest version (earlier versions on request), as JSON and as
// CSV (UTF-8, one row per year × holder × service × channel), the method in words, and the dataset's metadata as
// DCAT-AP 3.0.1 JSON-LD (passes the official shapes: open-data.test.ts). Latvia's open data portal (CKAN) harvests it.
import type { Deps } from '../db.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { PublishedRow } from './publication-service.ts';
import type { Channel } from './channels.ts';
import * as repo from './repository.ts';

export const METHOD = {
  lv:
    'Rādītāji (MK noteikumu Nr. 402 21. punkts) aprēķināti no platformas darbībām par kalendāro gadu: pieteikumu skaits ir ' +
    'valsts un pašvaldību vienoto klientu apkalpošanas centros pieņemtie pieteikumi, centros klienta vārdā iesniegtie ' +
    'e-pakalpojumi un pakalpojuma turētāja paša kanālos saņemtie pieteikumi, ko turētājs ievadījis; kanāls — klātiene, ' +
    'elektroniski, telefoniski vai pa pastu (17.2. punkts; e-pasts, e-adrese un video ir elektroniski). Kavēts ir ' +
    'iestādei nosūtīts pieteikums, kas izpildīts pēc pakalpojuma maksimālā termiņa (darba dienās pēc darba dienu ' +
    'kalendāra) vai publicēšanas dienā vēl nav izpildīts pēc tā, kā arī turētāja paša kanālos kavētie. Sūdzības ir ' +
    'centros reģistrētās sūdzības par pakalpojumu un turētāja paša kanālos saņemtās. Publicētais gads ir iesaldēts ' +
    '(SHA-256 kontrolsumma); labojums ir jauna versija ar izmaiņu aprakstu, iepriekšējās paliek pieejamas.',
  en:
    "The indicators (point 21 of Cabinet Regulation No. 402) are computed from the platform's operations for a calendar " +
    'year: applications are those accepted at the one-stop customer service centres, e-services filed at the centres on ' +
    "a client's behalf and the applications on the holder's own channels that the holder entered; the channel is in " +
    'person, electronic, phone or post (point 17.2; e-mail, e-address and video count as electronic). A delayed case is ' +
    "an application forwarded to an institution and completed after the service's maximum term (in working days, on the " +
    'working-day calendar) or still open past it on the day of publication, plus those the holder reports for its own ' +
    "channels. Complaints are the complaints about the service registered at the centres plus those on the holder's own " +
    'channels. A published year is frozen (SHA-256 checksum); a correction is a new version with a change note, and the ' +
    'earlier versions stay available.',
};

export interface OpenRow {
  year: number;
  holderId: string;
  holder: string;
  serviceIdentifier: string;
  serviceName: string;
  channel: Channel;
  applications: number;
  delayed: number;
  complaints: number;
  version: number;
  publishedOn: string;
}

/** The year's open data: each holder's latest version, or one holder's chosen version. */
export async function openYear(deps: Deps, year: number, pick?: { holderId?: string; version?: number }) {
  const all = await repo.yearVersions(deps.db, year);
  const chosen = all.filter((p, i) => {
    if (pick?.holderId && p.holder_id !== pick.holderId) return false;
    if (pick?.version !== undefined) return p.version === pick.version;
    return i === 0 || all[i - 1]!.holder_id !== p.holder_id; // newest version of each holder (sorted so)
  });
  if (pick?.version !== undefined && chosen.length === 0) throw new NotFoundError();
  const rows: OpenRow[] = chosen.flatMap((p) =>
    (p.rows as PublishedRow[]).map((r) => ({
      year,
      holderId: p.holder_id,
      holder: p.holder_name,
      serviceIdentifier: r.identifier,
      serviceName: r.serviceName,
      channel: r.channel,
      applications: r.applications,
      delayed: r.delayed,
      complaints: r.complaints,
      version: p.version,
      publishedOn: p.published_on,
    })),
  );
  const versions = all
    .filter((p) => !pick?.holderId || p.holder_id === pick.holderId)
    .map((p) => ({
      holderId: p.holder_id,
      holder: p.holder_name,
      version: p.version,
      publishedOn: p.published_on,
      contentHash: p.content_hash,
      changeNote: p.change_note,
      current: chosen.includes(p),
    }));
  return { year, method: METHOD, items: rows, versions };
}

export const CSV_COLUMNS = [
  'year',
  'holder',
  'service_identifier',
  'service_name',
  'channel',
  'applications',
  'delayed',
  'complaints',
  'version',
  'published_on',
] as const;

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** RFC 4180, UTF-8 with a byte order mark (spreadsheet programs then read the Latvian letters right). */
export function toCsv(rows: readonly OpenRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(
      [
        r.year,
        r.holder,
        r.serviceIdentifier,
        r.serviceName,
        r.channel,
        r.applications,
        r.delayed,
        r.complaints,
        r.version,
        r.publishedOn,
      ]
        .map(cell)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const publishedYears = (deps: Deps) => repo.publishedYears(deps.db);
