// SR-12: the public search's index, kept in the process. The catalogue is small enough for memory (20,000 services
// are about 10 MB of folded text) and changes a few times a day, while it is searched many times a second: matching
// and ranking in memory answer in a millisecond or two where the same in SQL took 15–70 ms (trigram LIKE over every
// match, a count, a rank sort). The database stays the truth: before every search the index asks for the services
// written by transactions that were still running at its last look or began after it (migration 0030: each row
// keeps its writer's transaction id; the index notes the oldest running transaction at each look), so a transaction
// that wrote before a look and committed after it is still seen; it re-reads only the rows whose stamp it does not
// hold, and is rebuilt whole every REBUILD_MS as a safety net. Several instances each keep their own and each sees every change on its
// next search. The rules it applies are those of the SQL in public-repository.ts (search-match.ts).
import { type Expression, type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db.ts';
import { organisationsChangedAt } from '../organisations/lookups.ts';
import { Vocabulary } from './search-vocabulary.ts';

/** A whole rebuild at most this often, whatever the changes said. */
export const REBUILD_MS = 10 * 60_000;

/** One published service as the search sees it (its version in force). */
export interface IndexedService {
  serviceId: string;
  versionId: string;
  identifier: string;
  holderId: string;
  /** service_versions.search_text: folded identifier, names and short descriptions. */
  text: string;
  /** The folded Latvian name between spaces (as public-repository.ts's foldedName). */
  name: string;
  cofog: readonly string[];
  clientType: string | null;
  channels: ReadonlySet<string>;
  wholeCountry: boolean;
  municipalityIds: readonly string[];
  /** The text's words by their vocabulary ids (the misspelt pass). */
  wordIds: Int32Array;
  /** Those of the Latvian name (a view into wordIds). */
  nameWordIds: Int32Array;
}

/**
 * What SR-21's figures name a service by (src/indicators): every service, published or not, with its version in
 * force or else its newest (serviceFactsSql).
 */
export interface ServiceFacts {
  id: string;
  holder_id: string;
  identifier: string;
  name_lv: string;
  name_en: string | null;
  offered: string[];
}

interface Entry {
  stamp: string;
  service: IndexedService | null;
  facts: ServiceFacts;
}

export interface SearchIndex {
  /** The published services in identifier order (byte order: identifiers are ASCII). */
  services(): readonly IndexedService[];
  /**
   * By vocabulary id, the positions in services() of the services whose text has the word, ascending (an inverted
   * index: a search reads the services holding its words instead of every text).
   */
  positionsOf(wordId: number): Int32Array;
  /** The positions in services() of the holder's services, ascending. */
  positionsOfHolder(holderId: string): Int32Array;
  /** Any service's facts (published or not); undefined for an id the catalogue had not committed at the last look. */
  facts(serviceId: string): ServiceFacts | undefined;
  /** Every service's facts in identifier order (byte order). */
  factsInOrder(): readonly ServiceFacts[];
  readonly vocabulary: Vocabulary;
  /**
   * The catalogue's state read with the index's last look, in the same statement (public-repository.ts
   * catalogueState's text: the last change of a service and of an organisation): a public list's ETag costs no
   * round trip of its own.
   */
  readonly state: string;
}

const NONE = new Int32Array(0);

/** Services in identifier order (byte order: identifiers are ASCII, PK-000123). */
export const byIdentifier = (a: { identifier: string }, b: { identifier: string }) =>
  a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0;

/** The columns of catalogueState (public-repository.ts), for a look's statement. */
const STATE_COLUMNS = sql`(select max(updated_at) from services) as services_at, ${organisationsChangedAt()} as organisations_at`;

interface StateRow {
  services_at: Date | string | null;
  organisations_at: Date | string | null;
}

const stateOf = (row: StateRow) => {
  const t = (d: Date | string | null) => (d === null ? '-' : new Date(d).toISOString());
  return `${t(row.services_at)}|${t(row.organisations_at)}`;
};

interface Row {
  id: string;
  search_stamp: string;
  identifier: string;
  holder_id: string;
  version_id: string | null;
  search_text: string | null;
  name_length: number | null;
  content: unknown;
  name_lv: string;
  name_en: string | null;
  offered: string[];
}

/** Every service's stamp with its version in force (or none: not published now) and facts; only `ids` when given. */
async function load(db: Kysely<DB>, ids?: readonly string[]): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select s.id, s.search_stamp::text as search_stamp, s.identifier, s.holder_id, v.id as version_id, v.search_text,
      length(v.name_lv) as name_length,
      jsonb_build_object('cofog', v.content -> 'cofog', 'clientType', v.content -> 'clientType',
        'channels', v.content -> 'channels', 'coverage', v.content -> 'coverage') as content,
      f.name_lv, f.name_en, f.offered
    from services s
    left join service_versions v on v.service_id = s.id and v.published_from is not null and v.published_to is null
      and s.status = 'published'
    join (${serviceFactsSql(ids ? sql`(select unnest(${[...ids]}::uuid[]))` : sql`(select svc_a.id from services svc_a)`)}) f
      on f.id = s.id
    ${ids ? sql`where s.id = any(${[...ids]}::uuid[])` : sql``}`.execute(db);
  return rows;
}

/**
 * What a year's figures show of each service of the sub-select `ids` (ServiceFacts: its holder, identifier, names and
 * the channels the version in force, else the newest, offers) as rows the caller joins: one look-up of the version per
 * service (lookups.ts's scalar fragments take one each per row of the caller's).
 */
export function serviceFactsSql(ids: Expression<unknown>): RawBuilder<unknown> {
  // The version in force (one per service, service_versions_one_current) in one hash join; the newest version is
  // looked up only for a service with none in force.
  return sql`select svc_f.id, svc_f.holder_id, svc_f.identifier, svc_f.name_lv,
      coalesce(cur_f.content, ver_f.content)->'name'->>'en' as name_en,
      coalesce((select json_agg(k_f) from jsonb_object_keys(coalesce(coalesce(cur_f.content, ver_f.content)->'channels',
        '{}'::jsonb)) k_f), '[]') as offered
    from services svc_f
    left join service_versions cur_f on cur_f.service_id = svc_f.id and cur_f.published_from is not null
      and cur_f.published_to is null
    left join lateral (select ver_x.content from service_versions ver_x
      where cur_f.id is null and ver_x.service_id = svc_f.id order by ver_x.number desc limit 1) ver_f on true
    where svc_f.id in ${ids}`;
}

const factsOf = (r: Row): ServiceFacts => ({
  id: r.id,
  holder_id: r.holder_id,
  identifier: r.identifier,
  name_lv: r.name_lv,
  name_en: r.name_en,
  offered: r.offered,
});

function indexed(r: Row, vocabulary: Vocabulary): IndexedService | null {
  if (r.version_id === null || r.search_text === null) return null;
  const c = (r.content ?? {}) as {
    cofog?: unknown;
    clientType?: unknown;
    channels?: unknown;
    coverage?: { wholeCountry?: unknown; municipalityIds?: unknown } | null;
  };
  const channels = c.channels && typeof c.channels === 'object' ? Object.keys(c.channels) : [];
  const name = ` ${r.search_text.substr(r.identifier.length + 1, r.name_length ?? 0)} `;
  return {
    serviceId: r.id,
    versionId: r.version_id,
    identifier: r.identifier,
    holderId: r.holder_id,
    text: r.search_text,
    name,
    cofog: Array.isArray(c.cofog) ? c.cofog.filter((x): x is string => typeof x === 'string') : [],
    clientType: typeof c.clientType === 'string' ? c.clientType : null,
    channels: new Set(channels),
    wholeCountry: c.coverage?.wholeCountry === true,
    municipalityIds: Array.isArray(c.coverage?.municipalityIds)
      ? c.coverage.municipalityIds.filter((x): x is string => typeof x === 'string')
      : [],
    ...wordsOf(r.search_text, r.identifier, name, vocabulary),
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The text's word ids, and the name's among them (after the identifier's words). */
function wordsOf(text: string, identifier: string, name: string, vocabulary: Vocabulary) {
  const wordIds = vocabulary.wordIdsOf(text);
  const skip = (identifier.toLowerCase().match(WORD) ?? []).length;
  const count = (name.match(WORD) ?? []).length;
  return { wordIds, nameWordIds: wordIds.subarray(skip, skip + count) };
}

/**
 * Each word's services by their positions (a word twice in a text counts once), counted first, then laid out; and
 * each holder's.
 */
function postingsOf(services: readonly IndexedService[], size: number) {
  const starts = new Int32Array(size + 1);
  const last = new Int32Array(size).fill(-1);
  for (let p = 0; p < services.length; p++) {
    for (const id of services[p]!.wordIds) {
      if (last[id] === p) continue;
      last[id] = p;
      starts[id + 1] = starts[id + 1]! + 1;
    }
  }
  for (let id = 0; id < size; id++) starts[id + 1] = starts[id + 1]! + starts[id]!;
  const positions = new Int32Array(starts[size]!);
  const next = starts.slice(0, size);
  last.fill(-1);
  for (let p = 0; p < services.length; p++) {
    for (const id of services[p]!.wordIds) {
      if (last[id] === p) continue;
      last[id] = p;
      positions[next[id]!] = p;
      next[id] = next[id]! + 1;
    }
  }
  const byHolder = new Map<string, number[]>();
  for (let p = 0; p < services.length; p++) {
    const holderId = services[p]!.holderId;
    const list = byHolder.get(holderId);
    if (list) list.push(p);
    else byHolder.set(holderId, [p]);
  }
  const holders = new Map([...byHolder].map(([id, list]) => [id, Int32Array.from(list)]));
  return { starts, positions, holders };
}

class ProcessIndex implements SearchIndex {
  vocabulary = new Vocabulary();
  private entries = new Map<string, Entry>();
  private ordered: IndexedService[] | null = null;
  private orderedFacts: ServiceFacts[] | null = null;
  /** The postings of positionsOf, for `ordered`: `positions[starts[id]] … positions[starts[id + 1] - 1]`. */
  private postings: {
    starts: Int32Array;
    positions: Int32Array;
    holders: ReadonlyMap<string, Int32Array>;
  } | null = null;
  /** The oldest transaction still running at the index's last look (pg_snapshot_xmin), as text. */
  private runningAtLook: string | null = null;
  private builtAt = 0;
  state = '';
  private pending: Promise<void> | null = null;

  constructor(private readonly db: Kysely<DB>) {}

  services(): readonly IndexedService[] {
    if (!this.ordered) {
      this.ordered = [...this.entries.values()].flatMap((e) => (e.service ? [e.service] : [])).sort(byIdentifier);
      this.postings = null;
    }
    return this.ordered;
  }

  positionsOf(wordId: number): Int32Array {
    const services = this.services();
    if (!this.postings) this.postings = postingsOf(services, this.vocabulary.size);
    const { starts, positions } = this.postings;
    return wordId + 1 < starts.length ? positions.subarray(starts[wordId]!, starts[wordId + 1]!) : NONE;
  }

  facts(serviceId: string): ServiceFacts | undefined {
    return this.entries.get(serviceId)?.facts;
  }

  factsInOrder(): readonly ServiceFacts[] {
    if (!this.orderedFacts) this.orderedFacts = [...this.entries.values()].map((e) => e.facts).sort(byIdentifier);
    return this.orderedFacts;
  }

  positionsOfHolder(holderId: string): Int32Array {
    const services = this.services();
    if (!this.postings) this.postings = postingsOf(services, this.vocabulary.size);
    return this.postings.holders.get(holderId) ?? NONE;
  }

  /** Searches that asked for a refresh so far, and how many of them the refresh under way serves. */
  private asked = 0;
  private covers = 0;

  /**
   * Brings the index up to the database: whole at first and every REBUILD_MS, otherwise the changed services. A
   * search is served by a refresh that started after it asked (so it sees every write committed before it): one
   * already under way then serves every search that asked before it started, and concurrent searches share one.
   */
  async refresh(): Promise<void> {
    const mine = ++this.asked;
    for (;;) {
      const running = this.pending;
      if (!running) break;
      const served = this.covers >= mine;
      try {
        await running;
      } catch (error) {
        if (served) throw error;
      }
      if (served) return;
    }
    this.covers = this.asked;
    const run = this.runningAtLook === null || Date.now() - this.builtAt > REBUILD_MS ? this.rebuild() : this.update();
    this.pending = run.finally(() => {
      this.pending = null;
    });
    await this.pending;
  }

  private async rebuild(): Promise<void> {
    // Noted before reading: every transaction older than it had ended, so the load below sees its writes.
    const { running, state } = await this.oldestRunning();
    const entries = new Map<string, Entry>();
    // A fresh vocabulary: words no service uses any more are dropped with each rebuild.
    const vocabulary = new Vocabulary();
    for (const r of await load(this.db))
      entries.set(r.id, { stamp: r.search_stamp, service: indexed(r, vocabulary), facts: factsOf(r) });
    this.entries = entries;
    this.vocabulary = vocabulary;
    this.ordered = null;
    this.orderedFacts = null;
    this.runningAtLook = running;
    this.state = state;
    this.builtAt = Date.now();
  }

  private async update(): Promise<void> {
    // One statement, one snapshot: the oldest running transaction now, the rows of those running at the last look
    // and the catalogue's state.
    const { rows } = await sql<{ running: string; changed: { id: string; stamp: string }[] } & StateRow>`
      select pg_snapshot_xmin(pg_current_snapshot())::text as running,
        (select coalesce(json_agg(json_build_object('id', id, 'stamp', search_stamp::text)), '[]')
         from services where search_xid >= ${this.runningAtLook}::xid8) as changed, ${STATE_COLUMNS}`.execute(this.db);
    const { running, changed } = rows[0]!;
    const stale = changed.filter((c) => this.entries.get(c.id)?.stamp !== c.stamp).map((c) => c.id);
    if (stale.length > 0) {
      for (const r of await load(this.db, stale))
        this.entries.set(r.id, { stamp: r.search_stamp, service: indexed(r, this.vocabulary), facts: factsOf(r) });
      this.ordered = null;
      this.orderedFacts = null;
      this.orderedFacts = null;
    }
    this.runningAtLook = running;
    this.state = stateOf(rows[0]!);
  }

  private async oldestRunning(): Promise<{ running: string; state: string }> {
    const { rows } = await sql<{ running: string } & StateRow>`
      select pg_snapshot_xmin(pg_current_snapshot())::text as running, ${STATE_COLUMNS}`.execute(this.db);
    return { running: rows[0]!.running, state: stateOf(rows[0]!) };
  }
}

const indexes = new WeakMap<Kysely<DB>, ProcessIndex>();

/** The index of this database's catalogue, up to date with every change committed before the call. */
export async function searchIndex(db: Kysely<DB>): Promise<SearchIndex> {
  let index = indexes.get(db);
  if (!index) {
    index = new ProcessIndex(db);
    indexes.set(db, index);
  }
  await index.refresh();
  return index;
}
