// `npm run bench:indicators`: SR-21 and the dashboards at ten years of national data, on PostgreSQL.
//  - A scratch database `vienuviet_bench_indicators` on the server of DATABASE_URL (default: the local
//    postgres:postgres@127.0.0.1:5432), created afresh, migrated with the project's migrator, dropped afterwards
//    (BENCH_KEEP=1 keeps it, BENCH_REUSE=1 reads a kept one again): 43 municipalities, 200 holders, BENCH_CENTRES centres (2,000) with a point each,
//    BENCH_SERVICES services (20,000) with a version each, and BENCH_CONTACTS contacts (10,000,000) over the ten
//    years 2016 … 2025, generated in SQL one month per statement (`insert … select generate_series`), through
//    migration 0032's triggers as any bulk load is. Usage is skewed as a country's is: a service's rank r of S is
//    drawn as S·u³ (the top 1 % of services take a fifth of the applications), a centre's as C·u² (the big towns).
//    45 % of contacts are applications (35 % accepted at the centre, 10 % e-services filed on a client's behalf), one
//    in ten about two services; 12 % come in writing with their DR-25.1.7.3 due day, a quarter of those answered late,
//    the last month's partly still open.
//  - Then, each query timed BENCH_RUNS times (median, warm cache) from the rollups ("ours") and as the GROUP BY over
//    the contacts that they replace ("naive", the same functions with `naive`), and checked to answer alike:
//      1. one year's SR-21 figures for all holders (figureRows, 2025): a closed year, its applications held in the
//         process's memory (contacts/closed-years.ts, migration 0042) and the services' facts from the catalogue's
//         index; 1b. the same read from the rollup, as a running year is; 1a. its sums alone (without the services'
//         identifiers, names and channels, looked up once per service for both);
//      2. one holder's ten-year trend (trendRows, the holder of the most used service, 2016 … 2025);
//      4. the ministry's year per municipality (networkRows, 2025).
//      3. one centre's month: its totals by type and channel (the busiest centre, November 2025; migration 0040's
//         rollup per centre and month against the GROUP BY through contacts_centre_day_idx);
//    and, alone, 3b. the same month by day (contactCountsByDay, the dashboard's series), which has no rollup: at 2,000
//    centres one per day and centre held 8.7 million rows for 10 million contacts and read the month no faster than
//    the contacts' index (62 against 64 ms in the run that decided it).
//    Aim (1 … 4): each under 300 ms and at least 20× faster than the naive one. Printed: both times, the ratio, the load
//    average (the machine is shared: absolute times are noisy, a ratio of one run less so), the rollups' sizes.
//    Then, timed alone for the record, reads with no rollup (through the year's contacts): 5. a holder's dashboard (two
//    years by day, its top services) and 6. its review of the year (SR-21.3's delay candidates, I05).
// BENCH_CONTACTS=200000 makes a quick run while developing.
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import type { DB } from '../src/db.ts';
import type { Database } from '../src/platform/db/database.ts';
import { sql } from 'kysely';
import {
  applicationContactsSql,
  applicationYearsSql,
  closedYearReads,
  contactCountsByDay,
  contactCountsByService,
  contactMonthsSql,
} from '../src/contacts/lookups.ts';
import { delayCandidates, figureRows } from '../src/indicators/repository.ts';
import { basketServicesWithoutApplications } from '../src/indicators/findings-repository.ts';
import { networkRows, trendRows } from '../src/indicators/network-repository.ts';
import { load } from './bench-measure.ts';

const SERVER = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const NAME = 'vienuviet_bench_indicators';
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10_000_000);
const CENTRES = Number(process.env.BENCH_CENTRES ?? 2000);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FIRST_YEAR = 2016;
const YEARS = 10;
const AIM_MS = 300;
const AIM_RATIO = 20;
const out = (line = '') => process.stdout.write(`${line}\n`);

const urlOf = (database: string) => {
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  return url.toString();
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function seconds<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

/** The directory: municipalities, holders, centres with a point, an employee, services with a version. */
async function generateDirectory(db: Database<DB>['db']): Promise<void> {
  await sql`insert into organisations (kind, name)
    select 'municipality', 'Novads ' || g from generate_series(1, 43) g`.execute(db);
  await sql`insert into organisations (kind, name)
    select 'institution', 'Iestāde ' || lpad(g::text, 3, '0') from generate_series(1, 200) g`.execute(db);
  await sql`insert into centres (municipality_id, name, kind)
    select m.ids[1 + g % 43], 'Centrs ' || lpad(g::text, 4, '0'), 'county'
    from generate_series(0, ${CENTRES - 1}::int) g,
      (select array_agg(id order by name) as ids from organisations where kind = 'municipality') m`.execute(db);
  await sql`insert into service_points (centre_id, name, address)
    select id, name || ' — klientu zāle', 'Brīvības iela 1' from centres`.execute(db);
  await sql`insert into users (email, name, organisation_id)
    select 'bench@vienuviet.lv', 'Darbinieks', id from organisations where kind = 'municipality' limit 1`.execute(db);
  await sql`insert into services (identifier, holder_id, name_lv, status)
    select 'PK-' || lpad(g::text, 6, '0'), h.ids[1 + g % 200], 'Pakalpojums ' || g, 'published'
    from generate_series(0, ${SERVICES - 1}::int) g,
      (select array_agg(id order by name) as ids from organisations where kind = 'institution') h`.execute(db);
  await sql`insert into service_versions (service_id, number, content, name_lv, published_from)
    select id, 1, jsonb_build_object('name', jsonb_build_object('lv', name_lv, 'en', 'Service ' || identifier),
      'channels', jsonb_build_object('in_person', true, 'electronic', true), 'maxTermWorkingDays', 20),
      name_lv, '2016-01-01'
    from services`.execute(db);
}

/** One month's contacts in one statement (the rollups' triggers see it as one bulk insert). */
function monthOfContacts(db: Database<DB>['db'], month: string, count: number) {
  return sql`
    with dir as (
      select (select array_agg(id order by identifier) from services) as services,
        (select array_agg(id order by name) from centres) as centres,
        (select array_agg(p.id order by c.name) from service_points p join centres c on c.id = p.centre_id) as points,
        (select id from users limit 1) as employee
    ),
    draw as (
      select random() as t, random() as k, random() as ch, random() as s1, random() as s2, random() as two,
        random() as c, random() as late, random() as fwd,
        ${month}::timestamptz + random() * (${month}::date + interval '1 month' - ${month}::date) as at
      from generate_series(1, ${count}::int)
    ),
    shaped as (
      select d.*, (d.at at time zone 'Europe/Riga')::date as on_day,
        1 + floor(${CENTRES}::int * d.c * d.c)::int as centre,
        case when d.t < 0.35 then 'application_accepted' when d.t < 0.45 then 'eservice_filed_on_behalf'
          when d.t < 0.75 then 'information' when d.t < 0.85 then 'eservice_consultation'
          when d.t < 0.95 then 'documents_handed_out' else 'question' end as type,
        case when d.ch < 0.70 then 'in_person' when d.ch < 0.85 then 'phone' when d.ch < 0.93 then 'email'
          when d.ch < 0.97 then 'e_address' else 'video' end as channel
      from draw d
    )
    insert into contacts (id, centre_id, service_point_id, employee_id, occurred_at, occurred_on, channel, type,
      service_ids, institution_ids, outcome, due_on, answered_at, answered_by, created_at, updated_at)
    select gen_random_uuid(), dir.centres[s.centre], dir.points[s.centre], dir.employee, s.at, s.on_day, s.channel,
      s.type,
      case when s.type in ('information', 'question') and s.two < 0.5 then '{}'::uuid[]
        when s.two < 0.1 then array[dir.services[1 + floor(${SERVICES}::int * s.s1 ^ 3)::int],
          dir.services[1 + floor(${SERVICES}::int * s.s2 ^ 3)::int]]
        else array[dir.services[1 + floor(${SERVICES}::int * s.s1 ^ 3)::int]] end,
      '{}',
      case when s.channel in ('email', 'e_address') then 'answered_in_writing'
        when s.type = 'application_accepted' and s.fwd < 0.5 then 'application_forwarded' else 'resolved_on_spot' end,
      case when s.channel in ('email', 'e_address') then s.on_day + 3 end,
      case when s.channel in ('email', 'e_address') and not (${month}::date = '2025-12-01' and s.late < 0.3)
        then s.at + (case when s.late < 0.25 then interval '6 days' else interval '1 day' end) end,
      case when s.channel in ('email', 'e_address') and not (${month}::date = '2025-12-01' and s.late < 0.3)
        then dir.employee end,
      s.at, s.at
    from shaped s, dir`.execute(db);
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result: result as T };
}

const same = (a: unknown[], b: unknown[]) =>
  JSON.stringify(a.map((r) => JSON.stringify(r)).sort()) === JSON.stringify(b.map((r) => JSON.stringify(r)).sort());

async function compare<T>(label: string, ours: () => Promise<T[]>, naive: () => Promise<T[]>): Promise<boolean> {
  await ours(); // warm both: the first read of a cold table measures the disk
  await naive();
  const o = await timed(ours);
  const n = await timed(naive);
  const ratio = n.ms / o.ms;
  const met = o.ms < AIM_MS && ratio >= AIM_RATIO;
  const equal = same(o.result, n.result);
  out(
    `${label.padEnd(44)} ours ${o.ms.toFixed(1).padStart(8)} ms   naive ${n.ms.toFixed(1).padStart(9)} ms   ` +
      `ratio ${ratio.toFixed(1).padStart(6)}×   ${String(o.result.length).padStart(6)} rows   ` +
      `${equal ? 'equal' : 'DIFFERENT'}   ${met ? 'aim met' : 'aim missed'}   (load ${load()})`,
  );
  return equal;
}

async function main(): Promise<void> {
  out(
    `bench:indicators — ${CONTACTS.toLocaleString('en')} contacts, ${CENTRES} centres, ${SERVICES} services, ` +
      `${FIRST_YEAR}…${FIRST_YEAR + YEARS - 1}; median of ${RUNS} runs`,
  );
  // BENCH_REUSE=1 reads the database a BENCH_KEEP=1 run left (migrated to the latest: a new rollup is filled from
  // its contacts) instead of generating the contacts again.
  const reuse =
    process.env.BENCH_REUSE === '1' &&
    (await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [NAME])).rowCount === 1));
  if (!reuse)
    await admin(async (c) => {
      await c.query(`drop database if exists ${NAME} with (force)`);
      await c.query(`create database ${NAME}`);
    });
  const database = await openDatabase<DB>({ databaseUrl: urlOf(NAME), poolSize: 2 });
  let allEqual = true;
  try {
    const db = database.db;
    await migrateToLatest(db);
    if (!reuse) await generateDirectory(db);
    const months = YEARS * 12;
    const [, generating] = await seconds(async () => {
      for (let m = 0; m < (reuse ? 0 : months); m++) {
        const month = `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
        const count = Math.floor(CONTACTS / months) + (m < CONTACTS % months ? 1 : 0);
        await monthOfContacts(db, month, count);
      }
      await sql`vacuum analyze`.execute(db);
    });
    const sizes = await sql<{ name: string; rows: number; size: string }>`
      select c.relname as name, c.reltuples::bigint as rows, pg_size_pretty(pg_total_relation_size(c.oid)) as size
      from pg_class c where c.relname in ('contacts', 'contact_rollup_years', 'contact_rollup_centres',
        'contact_rollup_centre_months')
      order by c.relname`.execute(db);
    out(`${reuse ? 'reused, analysed' : 'generated'} in ${generating.toFixed(0)} s (with the rollups' triggers):`);
    for (const s of sizes.rows) out(`  ${s.name.padEnd(26)} ${String(s.rows).padStart(11)} rows  ${s.size}`);

    const year = FIRST_YEAR + YEARS - 1;
    const top = await sql<{ holder_id: string; centre_id: string }>`
      select (select holder_id from services order by identifier limit 1) as holder_id,
        (select id from centres order by name limit 1) as centre_id`.execute(db);
    const { holder_id: holderId, centre_id: centreId } = top.rows[0]!;
    const today = `${year + 1}-01-15`;
    const month = { from: `${year}-11-01`, to: `${year}-11-30`, today, centreIds: [centreId], holderId: null };
    out();
    const checks = [
      await compare(
        `1. SR-21 of ${year}, every holder`,
        () => figureRows(db, year, null),
        () => figureRows(db, year, null, { naive: true }),
      ),
      await compare(
        `1b. the same read as a running year's`,
        () => figureRows(db, year, null, { fromRollup: true }),
        () => figureRows(db, year, null, { naive: true }),
      ),
      await compare(
        `1a. the same, its sums alone`,
        async () =>
          (
            await sql`select a.service_id, a.channel, a.at_centres, a.eservices
              from (${applicationYearsSql(year, year, null)}) a`.execute(db)
          ).rows,
        async () =>
          (
            await sql`select a.service_id,
                (case when a.kind = 'eservice_filed_on_behalf' then 'electronic'
                  when a.channel in ('in_person', 'phone', 'post') then a.channel else 'electronic' end) as channel,
                (count(*) filter (where a.kind = 'application_accepted'))::int as at_centres,
                (count(*) filter (where a.kind = 'eservice_filed_on_behalf'))::int as eservices
              from (${applicationContactsSql(`${year}-01-01`, `${year}-12-31`)}) a group by 1, 2`.execute(db)
          ).rows,
      ),
      await compare(
        `2. one holder's ${FIRST_YEAR}…${year} trend`,
        () => trendRows(db, holderId, FIRST_YEAR, year),
        () => trendRows(db, holderId, FIRST_YEAR, year, { naive: true }),
      ),
      // The centre's totals of the month by type and channel (its dashboard's and BV-4.4 report's totals).
      await compare(
        `3. the busiest centre's November ${year}`,
        async () =>
          (
            await sql`select m.type, m.channel, sum(m.n)::int as n
              from (${contactMonthsSql(month.from, month.from, [centreId])}) m group by 1, 2`.execute(db)
          ).rows,
        async () =>
          (
            await sql`select c.type, c.channel, count(*)::int as n from contacts c
              where c.centre_id = ${centreId}::uuid and c.occurred_on between ${month.from}::date and ${month.to}::date
              group by 1, 2`.execute(db)
          ).rows,
      ),
      await compare(
        `4. ${year} per municipality (ministry)`,
        () => networkRows(db, year, 'municipality'),
        () => networkRows(db, year, 'municipality', { naive: true }),
      ),
    ];
    allEqual = checks.every(Boolean);
    const reads = closedYearReads(db);
    out(`   (query 1: the closed year answered from memory ${reads.hits} times, read from the rollup ${reads.reads})`);
    // No rollup per day and centre (migration 0032 says why): the dashboard's days of a centre's month are the GROUP
    // BY through contacts_centre_day_idx, printed for the record.
    const centreMonth = await timed(() => contactCountsByDay(db, month));
    out(
      `3b. its days (no rollup per day)   ${centreMonth.ms.toFixed(1)} ms, ` +
        `${centreMonth.result.length} rows   (load ${load()})`,
    );
    // Reads with no rollup behind them, which go through the year's contacts, for the record: a holder's dashboard
    // (two years by day, its top services) and the holder's review of the year (SR-21.3's delay candidates, I05).
    const twoYears = { from: `${year - 1}-01-01`, to: `${year}-12-31`, today, centreIds: null, holderId };
    const record: [string, () => Promise<unknown[]>][] = [
      ["5. a holder's dashboard: two years by day", () => contactCountsByDay(db, twoYears)],
      [
        '   its top services of the year',
        () => contactCountsByService(db, { ...twoYears, from: `${year}-01-01`, limit: 20 }),
      ],
      ["6. a holder's review: delay candidates", () => delayCandidates(db, year, holderId, today)],
      ['   I05', () => basketServicesWithoutApplications(db, year, holderId, today)],
    ];
    for (const [label, read] of record) {
      const r = await timed(read);
      out(`${label.padEnd(44)} ${r.ms.toFixed(1).padStart(8)} ms   ${r.result.length} rows   (load ${load()})`);
    }
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP !== '1') await admin((c) => c.query(`drop database if exists ${NAME} with (force)`));
  }
  if (!allEqual) {
    out('the rollups and the GROUP BY answered differently');
    process.exitCode = 1;
  }
}

await main();
