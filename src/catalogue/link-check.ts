// SR-13, check Q07: a background job asks every address named by a published description whether it answers, and
// keeps the last answer per address in service_link_checks, where the quality checks read it. Each run takes at
// most LINK_CHECK_BATCH addresses not asked in the last day (in random order, so one slow or dead site cannot
// starve the rest), asks with HEAD and a short timeout, and falls back to GET when HEAD is refused (some servers
// answer 405 or 404 to HEAD only). When the first few addresses all fail with DNS or network errors the machine is
// offline: the run records nothing (it would mark every link broken) and says so in the log.
// Safety: the server never asks an address Q05 flags (IP-address or intranet hosts, credentials), nor a name that
// resolves to a private, loopback or link-local address, nor follows a redirect to one — no probing of the
// internal network through a description. No transaction is open while asking (PGlite has one connection).
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { lookup } from 'node:dns';
import { sql, type Kysely } from 'kysely';
import type { DB, Deps, Job } from '../db.ts';
import { checkableLink } from './quality.ts';

/**
 * Addresses asked per run, every 5 minutes: about 23,000 a day, enough to ask each address of a 20,000-service
 * catalogue daily, while a run stays short (shutdown waits for it) and finding the due addresses (about a second of
 * database work at that size) stays rare.
 */
export const LINK_CHECK_BATCH = 80;
/** How long one request may take. */
export const LINK_CHECK_TIMEOUT_MS = 5_000;
/** An address is asked again at most once a day. */
export const RECHECK_AFTER_MS = 24 * 60 * 60_000;
/** The first this many addresses all failing with network errors means the machine is offline. */
export const OFFLINE_PROBES = 3;
const CONCURRENCY = 10;
const MAX_REDIRECTS = 3;
const MAX_ERROR_LENGTH = 500;
/** DNS and routing failures: what an offline machine answers to every address. Timeouts and refusals are the site's. */
const NETWORK_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH']);

export interface LinkAnswer {
  url: string;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  /** A DNS or network failure (counts towards "offline"). */
  network: boolean;
}

export interface LinkCheckOptions {
  limit?: number;
  timeoutMs?: number;
  /** Tests only: ask local test servers (127.0.0.1), which the safety rules otherwise refuse. */
  allowPrivateHosts?: boolean;
  log?: (message: string) => void;
}

export interface LinkCheckReport {
  /** Addresses asked and recorded. */
  checked: number;
  /** Of them, not answering well. */
  failed: number;
  /** True when the run was skipped because the machine is offline (nothing recorded). */
  offline: boolean;
}

// ---- which addresses ----------------------------------------------------------------------------------------

/**
 * The distinct addresses of the versions in force (the URL fields quality.ts linksOf() reads: documents, forms,
 * legal acts and the contacts' website) whose last answer is older than a day or missing.
 */
export async function dueLinks(db: Kysely<DB>, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - RECHECK_AFTER_MS);
  const { rows } = await sql<{ url: string }>`
    select distinct u.url from service_versions v
    cross join lateral (
      select jsonb_path_query(v.content, '$.documents[*].url') #>> '{}' as url
      union all select jsonb_path_query(v.content, '$.forms[*].url') #>> '{}'
      union all select jsonb_path_query(v.content, '$.legalBasis[*].url') #>> '{}'
      union all select v.content #>> '{contacts,website}'
    ) u
    left join service_link_checks c on c.url = u.url
    where v.published_from is not null and v.published_to is null
      and u.url is not null and length(u.url) between 1 and 1000
      and (c.url is null or c.checked_at < ${since})`.execute(db);
  return rows.map((r) => r.url);
}

// ---- asking one address -------------------------------------------------------------------------------------

const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1]!, 'ipv4');
  return privateRanges.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** DNS lookup that refuses names resolving to the internal network. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as { address: string; family: number }[];
    if (list.some((a) => isPrivateAddress(a.address)))
      return callback(Object.assign(new Error('private address'), { code: 'EPRIVATE' }), '', 4);
    if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    return callback(null, list[0]!.address, list[0]!.family);
  });
};

interface Hop {
  status: number | null;
  location: string | null;
  error: string | null;
  code: string | null;
}

function request(url: URL, method: 'HEAD' | 'GET', timeoutMs: number, allowPrivate: boolean): Promise<Hop> {
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    let req: http.ClientRequest;
    try {
      req = client.request(url, {
        method,
        agent: false,
        timeout: timeoutMs,
        headers: { 'user-agent': 'Vienuviet link checker (SR-13)', accept: '*/*' },
        ...(allowPrivate ? {} : { lookup: publicLookup }),
      });
    } catch (error) {
      return resolve({
        status: null,
        location: null,
        error: String((error as Error).message).slice(0, MAX_ERROR_LENGTH),
        code: null,
      });
    }
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), timeoutMs);
    const done = (hop: Hop) => {
      clearTimeout(timer);
      resolve(hop);
    };
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('response', (res) => {
      const location = res.headers.location ?? null;
      // The status is all we need: do not download the body.
      res.destroy();
      done({ status: res.statusCode ?? null, location, error: null, code: null });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? null;
      done({
        status: null,
        location: null,
        error: (code === 'ETIMEDOUT' ? 'timeout' : code ? `${code}: ${error.message}` : error.message).slice(
          0,
          MAX_ERROR_LENGTH,
        ),
        code,
      });
    });
    req.end();
  });
}

/** Asks one address: HEAD (GET when HEAD is refused), following at most MAX_REDIRECTS safe redirects. */
export async function askLink(
  raw: string,
  timeoutMs = LINK_CHECK_TIMEOUT_MS,
  allowPrivate = false,
): Promise<LinkAnswer> {
  if (!URL.canParse(raw)) return { url: raw, ok: false, httpStatus: null, error: 'not an address', network: false };
  let url = new URL(raw);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let answer = await request(url, 'HEAD', timeoutMs, allowPrivate);
    if (answer.status !== null && answer.status >= 400) answer = await request(url, 'GET', timeoutMs, allowPrivate);
    if (answer.status === null)
      return {
        url: raw,
        ok: false,
        httpStatus: null,
        error: answer.error,
        network: NETWORK_ERRORS.has(answer.code ?? ''),
      };
    if (answer.status < 300 || answer.status >= 400 || !answer.location) {
      return {
        url: raw,
        ok: answer.status >= 200 && answer.status < 400,
        httpStatus: answer.status,
        error: null,
        network: false,
      };
    }
    if (!URL.canParse(answer.location, url))
      return {
        url: raw,
        ok: false,
        httpStatus: answer.status,
        error: 'redirect to a malformed address',
        network: false,
      };
    const next = new URL(answer.location, url);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
      return { url: raw, ok: false, httpStatus: answer.status, error: 'redirect to a non-web address', network: false };
    if (!allowPrivate && !checkableLink(next.href))
      return { url: raw, ok: false, httpStatus: answer.status, error: 'redirect to an unsafe address', network: false };
    url = next;
  }
  return { url: raw, ok: false, httpStatus: null, error: 'too many redirects', network: false };
}

// ---- a run --------------------------------------------------------------------------------------------------

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function record(db: Kysely<DB>, answers: readonly LinkAnswer[], now: Date): Promise<void> {
  if (answers.length === 0) return;
  await db
    .insertInto('service_link_checks')
    .values(answers.map((a) => ({ url: a.url, checked_at: now, ok: a.ok, http_status: a.httpStatus, error: a.error })))
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        checked_at: eb.ref('excluded.checked_at'),
        ok: eb.ref('excluded.ok'),
        http_status: eb.ref('excluded.http_status'),
        error: eb.ref('excluded.error'),
      })),
    )
    .execute();
}

const stderrLog = (message: string) => process.stderr.write(`vienuviet link-check: ${message}\n`);

/** One run of the link checker (see the top of this file). */
export async function checkLinks(deps: Deps, options: LinkCheckOptions = {}): Promise<LinkCheckReport> {
  const allowPrivate = options.allowPrivateHosts ?? false;
  const timeoutMs = options.timeoutMs ?? LINK_CHECK_TIMEOUT_MS;
  const log = options.log ?? (deps.config.logLevel === 'silent' ? () => {} : stderrLog);
  const due = (await dueLinks(deps.db, deps.now())).filter((url) => allowPrivate || checkableLink(url));
  const batch = shuffled(due).slice(0, options.limit ?? LINK_CHECK_BATCH);
  const answers: LinkAnswer[] = [];
  // The first few one by one: if they all fail at the network level, the machine is offline.
  const probes = Math.min(OFFLINE_PROBES, batch.length);
  for (const url of batch.slice(0, probes)) answers.push(await askLink(url, timeoutMs, allowPrivate));
  if (probes > 0 && answers.every((a) => a.network)) {
    log(`offline (${answers.map((a) => a.error).join('; ')}): run skipped, nothing recorded`);
    return { checked: 0, failed: 0, offline: true };
  }
  const rest = batch.slice(probes);
  const workers = Array.from({ length: Math.min(CONCURRENCY, rest.length) }, async () => {
    for (let url = rest.shift(); url !== undefined; url = rest.shift())
      answers.push(await askLink(url, timeoutMs, allowPrivate));
  });
  await Promise.all(workers);
  await record(deps.db, answers, deps.now());
  return { checked: answers.length, failed: answers.filter((a) => !a.ok).length, offline: false };
}

export const linkCheckJob: Job = {
  name: 'catalogue-link-check',
  everyMs: 5 * 60_000,
  run: async (deps) => {
    await checkLinks(deps);
  },
};
