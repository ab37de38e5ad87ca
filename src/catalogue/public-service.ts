// The public catalogue (SR-12.1): no login, only what is published. The list and a service's page as JSON, the
// same as CPSV-AP JSON-LD (jsonld.ts) and the filtered catalogue as CSV (csv.ts). A service never published is
// unknown here (not found); a withdrawn one answers gone on its page and, with changedSince, appears in the lists with
// status withdrawn and the version that was in force last.
import { createHash } from 'node:crypto';
import { basketAnnexItemsOf } from '../basket/lookups.ts';
import type { Deps } from '../db.ts';
import { GoneError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import type { ServiceContentIn } from './content.ts';
import { cofogItems, isCofogCode } from './cofog.ts';
import { organisationsNamed } from './content-rules.ts';
import { BOM, CSV_COLUMNS, csvLine, csvRow } from './csv.ts';
import { cpsvChunks, toCpsv, type CpsvService, type Node } from './jsonld.ts';
import * as repo from './public-repository.ts';
import type { PublicRow } from './public-repository.ts';
import {
  presentPublicDetail,
  presentPublicSummary,
  type Names,
  type PublicExportIn,
  type PublicListIn,
  type PublicServiceDetailOut,
  type PublicServiceSummaryOut,
} from './public-schemas.ts';
import { searchIndex, type SearchIndex } from './search-index.ts';
import { queryWords } from './search-text.ts';

/** SR-10.7: a natural or a legal person may also receive what is offered to anyone. */
const CLIENT_TYPES_FOR: Record<string, string[]> = {
  anyone: ['anyone'],
  natural_person: ['natural_person', 'anyone'],
  legal_person: ['legal_person', 'anyone'],
};

/** The query's filters; an unknown COFOG code is invalid, naming the parameter. */
export function filterOf(query: PublicExportIn): repo.PublicFilter {
  let cofog: string[] | undefined;
  if (query.cofog) {
    if (!isCofogCode(query.cofog)) throw ValidationError.query('/cofog', 'cofog_unknown', { code: query.cofog });
    // SR-10.6: a division stands for itself and its groups.
    cofog = [
      query.cofog,
      ...cofogItems()
        .filter((i) => i.parent === query.cofog)
        .map((i) => i.code),
    ];
  }
  return {
    words: queryWords(query.q),
    holderId: query.holderId,
    cofog,
    clientTypes: query.clientType ? CLIENT_TYPES_FOR[query.clientType] : undefined,
    channel: query.channel,
    municipalityId: query.municipalityId,
    changedSince: query.changedSince ? new Date(query.changedSince) : undefined,
  };
}

const contentOf = (row: PublicRow) => row.content as ServiceContentIn;

/** Every organisation the rows name: holders, providers, stage providers, municipalities. */
function namedIn(rows: readonly PublicRow[]): string[] {
  return rows.flatMap((r) => [r.holder_id, ...organisationsNamed(contentOf(r))]);
}

/**
 * What a public list's request reads first, in one round trip: its ETag's catalogue state and, for a search in the
 * index (no changedSince, JSON), the index brought up to date; the holders the words name alongside (another
 * connection). The list then reuses both: one freshness check a request.
 */
export interface PublicListLook {
  state: string;
  index?: SearchIndex;
  filter?: Promise<repo.PublicFilter>;
}

export async function publicListLook(deps: Deps, query: PublicListIn, jsonLd: boolean): Promise<PublicListLook> {
  const filter = filterOf(query);
  if (jsonLd || filter.changedSince) return { state: await repo.catalogueState(deps.db) };
  const holders = repo.withHolders(deps.db, filter);
  // Not awaited here: the list awaits it; a failure is not left unhandled meanwhile.
  holders.catch(() => {});
  const index = await searchIndex(deps.db);
  return { state: index.state, index, filter: holders };
}

export async function listPublicServices(
  deps: Deps,
  query: PublicListIn,
  look?: PublicListLook,
): Promise<{ total: number; items: PublicServiceSummaryOut[] }> {
  const filter = await (look?.filter ?? repo.withHolders(deps.db, filterOf(query)));
  const page = { limit: query.limit ?? 20, offset: query.offset ?? 0 };
  // SR-12: nothing has the words' stems: a word may be misspelt by a letter (repo.listPublic's second pass).
  const { total, rows, names } = await repo.listPublic(deps.db, filter, page, { index: look?.index, misspelt: true });
  return { total, items: rows.map((r) => presentPublicSummary(r, names)) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A published service by uuid or identifier; not found when unknown or never published, gone when withdrawn. */
async function publicRow(deps: Deps, key: string): Promise<PublicRow> {
  const row = await repo.findPublicService(
    deps.db,
    UUID.test(key) ? { id: key.toLowerCase() } : { identifier: key.toUpperCase() },
  );
  if (!row) throw new NotFoundError();
  if (row.status === 'withdrawn') throw new GoneError('service_withdrawn');
  return row;
}

/** The service's page with CR-8's mark: whether it provides an item of the basket in force on the day. */
export async function getPublicService(deps: Deps, key: string, date?: string): Promise<PublicServiceDetailOut> {
  const row = await publicRow(deps, key);
  const day = date ?? rigaDate(deps.now());
  const basketItems = await basketAnnexItemsOf(deps.db, row.id, day);
  return {
    ...presentPublicDetail(row, await repo.organisationNames(deps.db, namedIn([row]))),
    inBasket: basketItems.length > 0,
    basketItems,
    basketDate: day,
  };
}

function cpsvOf(row: PublicRow): CpsvService {
  return {
    identifier: row.identifier,
    status: row.status === 'withdrawn' ? 'withdrawn' : 'published',
    holderId: row.holder_id,
    content: contentOf(row),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function publicServiceJsonLd(deps: Deps, key: string): Promise<{ '@context': unknown; '@graph': Node[] }> {
  const row = await publicRow(deps, key);
  return toCpsv([cpsvOf(row)], await repo.organisationNames(deps.db, namedIn([row])), deps.config.publicUrl);
}

/** The filtered catalogue batch by batch, with the names its organisations need (looked up once each). */
async function* batchesWithNames(
  deps: Deps,
  filter: repo.PublicFilter,
): AsyncGenerator<{ rows: PublicRow[]; names: Names }> {
  const names = new Map<string, { name: string; kind: string }>();
  for await (const rows of repo.eachPublic(deps.db, await repo.withHolders(deps.db, filter))) {
    const missing = namedIn(rows).filter((id) => !names.has(id));
    for (const [id, n] of await repo.organisationNames(deps.db, missing)) names.set(id, n);
    yield { rows, names };
  }
}

/** The whole filtered catalogue as one CPSV-AP JSON-LD document, in text chunks. A bad parameter throws now. */
export function publicCatalogueJsonLd(deps: Deps, query: PublicExportIn): AsyncGenerator<string> {
  const filter = filterOf(query);
  async function* batches() {
    for await (const b of batchesWithNames(deps, filter)) yield { services: b.rows.map(cpsvOf), names: b.names };
  }
  return cpsvChunks(batches(), deps.config.publicUrl);
}

/** The filtered catalogue as CSV (csv.ts), in text chunks: the byte order mark and the header first. */
export function publicCatalogueCsv(deps: Deps, query: PublicExportIn): AsyncGenerator<string> {
  const filter = filterOf(query);
  async function* lines() {
    yield BOM + csvLine(CSV_COLUMNS);
    for await (const { rows, names } of batchesWithNames(deps, filter)) {
      yield rows
        .map((r) =>
          csvRow(
            {
              id: r.id,
              identifier: r.identifier,
              status: r.status,
              holderId: r.holder_id,
              holderName: r.holder_name,
              content: contentOf(r),
              publishedFrom: r.published_from,
              updatedAt: r.updated_at,
            },
            names,
          ),
        )
        .join('');
    }
  }
  return lines();
}

/**
 * The ETag of a public answer: the catalogue's state (public-repository.ts catalogueState), the representation
 * (json, jsonld, csv) and the request's path and query. Same state, same bytes: a cache may revalidate cheaply.
 * `known`: the state read already (a list's look, publicListLook).
 */
export async function publicEtag(deps: Deps, variant: string, url: string, known?: string): Promise<string> {
  const state = known ?? (await repo.catalogueState(deps.db));
  return `W/"${createHash('sha256').update(`${state}|${variant}|${url}`).digest('base64url').slice(0, 32)}"`;
}
