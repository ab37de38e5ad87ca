// SR-13 over HTTP: the findings of one service (its draft, else the version in force), of unsaved content while
// the editor types, and the quality dashboard of every holder in the caller's scope. The checks themselves are
// pure (quality.ts); this file gathers what they need in as few queries as possible (the dashboard reads every
// description in one query and computes in memory) and words the findings in the caller's language.
// Reading only: nothing here changes data, so nothing is audited.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { translate, type Lang } from '../platform/i18n/messages.ts';
import { rigaDate } from '../platform/time.ts';
import { findOrganisation, organisationsById } from '../organisations/index.ts';
import type { ServiceContentIn } from './content.ts';
import { organisationsNamed, validContent } from './content-rules.ts';
import { lawChangeContext, lawChangesByService } from './law-changes.ts';
import { can, holdersInScope, readsAll } from './policy.ts';
import {
  CHECK_IDS,
  CHECKS,
  checkService,
  linksOf,
  meanScore,
  nearDuplicates,
  scoreOf,
  type CheckId,
  type Finding,
  type LinkResult,
  type NamedService,
  type Severity,
} from './quality.ts';
import * as repo from './repository.ts';

type Q = Kysely<DB>;

export interface FindingOut {
  check: CheckId;
  severity: Severity;
  field: string;
  code: string;
  message: string;
}

export interface QualityOut {
  version: 'draft' | 'published' | 'unsaved';
  score: number;
  findings: FindingOut[];
}

export function presentFindings(findings: readonly Finding[], lang: Lang): FindingOut[] {
  return findings.map((f) => ({
    check: f.check,
    severity: f.severity,
    field: f.field,
    code: f.code,
    message: translate(f.code, lang, f.params ?? {}),
  }));
}

// ---- queries (read-only; the catalogue's repository.ts holds the writes) ---------------------------------------

/** The holder's other services in use, for near-duplicate names (Q15). */
function otherServices(q: Q, holderId: string, exceptId: string | undefined): Promise<NamedService[]> {
  let query = q
    .selectFrom('services')
    .select(['identifier', 'name_lv as name'])
    .where('holder_id', '=', holderId)
    .where('status', '<>', 'withdrawn');
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.execute();
}

function linkResult(row: {
  ok: boolean;
  http_status: number | null;
  error: string | null;
  checked_at: Date;
}): LinkResult {
  return { ok: row.ok, httpStatus: row.http_status, error: row.error, checkedOn: rigaDate(row.checked_at) };
}

/** The link checker's answers for these addresses. */
async function linkResults(q: Q, urls: readonly string[]): Promise<Map<string, LinkResult>> {
  if (urls.length === 0) return new Map();
  const rows = await q
    .selectFrom('service_link_checks')
    .selectAll()
    .where('url', 'in', [...new Set(urls)])
    .execute();
  return new Map(rows.map((r) => [r.url, linkResult(r)]));
}

/** Every address that did not answer well last time (the only answers a finding comes from). */
async function failingLinks(q: Q): Promise<Map<string, LinkResult>> {
  const rows = await q.selectFrom('service_link_checks').selectAll().where('ok', '=', false).execute();
  return new Map(rows.map((r) => [r.url, linkResult(r)]));
}

/** Every service in use with the content it is judged by: its draft if it has one, else the version in force. */
async function dashboardRows(q: Q, holders: readonly string[] | undefined) {
  // Both versions in one plain query; choosing in memory is cheaper than making the database sort wide rows.
  let query = q
    .selectFrom('services as s')
    .innerJoin('service_versions as v', 'v.service_id', 's.id')
    .where('s.status', '<>', 'withdrawn')
    .where((eb) => eb.or([eb('v.published_from', 'is', null), eb('v.published_to', 'is', null)]))
    .select(['s.id', 's.identifier', 's.holder_id', 's.status', 's.last_verified_on', 'v.content', 'v.published_from']);
  if (holders) query = query.where('s.holder_id', 'in', [...holders]);
  const chosen = new Map<string, Awaited<ReturnType<typeof query.execute>>[number]>();
  for (const row of await query.execute()) {
    if (!chosen.has(row.id) || row.published_from === null) chosen.set(row.id, row);
  }
  // The holders' names are the organisations' answer, one query for the whole dashboard.
  const holderNames = await organisationsById(
    q,
    [...chosen.values()].map((r) => r.holder_id),
  );
  return [...chosen.values()].flatMap((row) => {
    const holder = holderNames.get(row.holder_id);
    return holder ? [{ ...row, holder_name: holder.name }] : [];
  });
}

// ---- one service, unsaved content ----------------------------------------------------------------------------

/** SR-13 for one service: for those who read its drafts (the holder's people, the network's readers); not found otherwise. */
export async function serviceQuality(deps: Deps, actor: Actor, id: string, lang: Lang): Promise<QualityOut> {
  const row = await repo.findService(deps.db, id);
  if (!row || !readsAll(actor, row.holder_id)) throw new NotFoundError();
  const draft = await repo.findDraft(deps.db, id);
  // A withdrawn service has neither: its last published version is what was wrong with it.
  const version = draft ?? (await repo.findCurrent(deps.db, id)) ?? (await repo.listVersions(deps.db, id))[0];
  if (!version) throw new NotFoundError();
  const content = version.content as ServiceContentIn;
  const findings = checkService(content, {
    today: rigaDate(deps.now()),
    lastVerifiedOn: row.status === 'published' ? row.last_verified_on : undefined,
    otherServices: await otherServices(deps.db, row.holder_id, id),
    links: await linkResults(
      deps.db,
      linksOf(content).map((l) => l.url),
    ),
    ...(await lawChangeContext(deps, row)),
  });
  return {
    version: draft ? 'draft' : 'published',
    score: scoreOf(findings),
    findings: presentFindings(findings, lang),
  };
}

export interface QualityCheckIn {
  holderId: string;
  serviceId?: string | null | undefined;
  content: ServiceContentIn;
}

/** SR-13 while editing: the same checks on content not yet saved, for those who may edit the holder's services. */
export async function checkUnsaved(deps: Deps, actor: Actor, input: QualityCheckIn, lang: Lang): Promise<QualityOut> {
  const holder = await findOrganisation(deps.db, input.holderId);
  if (!holder) throw ValidationError.field('/holderId', 'organisation_unknown');
  if (!can(actor, 'edit', holder.id)) throw ValidationError.field('/holderId', 'service_holder_not_yours');
  const service = input.serviceId ? await repo.findService(deps.db, input.serviceId) : undefined;
  if (input.serviceId && service?.holder_id !== holder.id) throw ValidationError.field('/serviceId', 'not_found');
  const organisations = await repo.organisationKinds(deps.db, organisationsNamed(input.content));
  const content = validContent(input.content, holder.id, organisations, '/content');
  const findings = checkService(content, {
    today: rigaDate(deps.now()),
    lastVerifiedOn: service?.status === 'published' ? service.last_verified_on : undefined,
    otherServices: await otherServices(deps.db, holder.id, service?.id),
    links: await linkResults(
      deps.db,
      linksOf(content).map((l) => l.url),
    ),
    // SR-11: the service's law changes are still owed until a version is published, whatever is being typed.
    ...(service ? await lawChangeContext(deps, service) : {}),
  });
  return { version: 'unsaved', score: scoreOf(findings), findings: presentFindings(findings, lang) };
}

// ---- the dashboard ------------------------------------------------------------------------------------------

/** How many services the dashboard lists as the worst. */
export const WORST_SERVICES = 20;

export interface DashboardOut {
  services: number;
  score: number | null;
  holders: {
    holder: { id: string; name: string };
    services: number;
    score: number | null;
    errors: number;
    warnings: number;
    unverified: number;
  }[];
  checks: { check: CheckId; severity: Severity; count: number }[];
  worst: {
    id: string;
    identifier: string;
    nameLv: string;
    holder: { id: string; name: string };
    score: number;
    findings: FindingOut[];
  }[];
}

interface Judged {
  id: string;
  identifier: string;
  name: string;
  holder: { id: string; name: string };
  findings: Finding[];
  score: number;
}

/** SR-13 dashboard: the network's readers see every holder; a holder's admin and contact person their own. */
export async function qualityDashboard(
  deps: Deps,
  actor: Actor,
  holderId: string | undefined,
  lang: Lang,
): Promise<DashboardOut> {
  const scope = holdersInScope(actor);
  if (holderId && scope && !scope.includes(holderId)) throw new NotFoundError();
  const holders = holderId ? [holderId] : scope;
  const [rows, links] =
    holders?.length === 0
      ? [[], new Map<string, LinkResult>()]
      : await Promise.all([dashboardRows(deps.db, holders), failingLinks(deps.db)]);
  const laws = await lawChangesByService(deps, holders);
  const today = rigaDate(deps.now());
  const byHolder = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byHolder.get(row.holder_id);
    if (list) list.push(row);
    else byHolder.set(row.holder_id, [row]);
  }
  const judged: Judged[] = [];
  for (const list of byHolder.values()) {
    const named = list.map((row) => ({
      row,
      identifier: row.identifier,
      name: (row.content as ServiceContentIn).name.lv,
    }));
    const twins = nearDuplicates(named);
    for (const item of named) {
      const { row } = item;
      const twin = twins.get(item);
      const findings = checkService(row.content as ServiceContentIn, {
        today,
        lastVerifiedOn: row.status === 'published' ? row.last_verified_on : undefined,
        similarService: twin ? { identifier: twin.identifier, name: twin.name } : null,
        links,
        lawChanges: laws.byService.get(row.id),
        lawChangeHorizon: laws.horizons.get(row.holder_id),
      });
      judged.push({
        id: row.id,
        identifier: row.identifier,
        name: item.name,
        holder: { id: row.holder_id, name: row.holder_name },
        findings,
        score: scoreOf(findings),
      });
    }
  }
  return summarise(judged, lang);
}

function summarise(judged: readonly Judged[], lang: Lang): DashboardOut {
  const holders = new Map<string, DashboardOut['holders'][number] & { scores: number[] }>();
  const counts = new Map<CheckId, number>(CHECK_IDS.map((id) => [id, 0]));
  for (const s of judged) {
    const h = holders.get(s.holder.id) ?? {
      holder: s.holder,
      services: 0,
      score: null,
      errors: 0,
      warnings: 0,
      unverified: 0,
      scores: [],
    };
    holders.set(s.holder.id, h);
    const fired = new Set(s.findings.map((f) => f.check));
    h.services++;
    h.scores.push(s.score);
    if (s.findings.some((f) => f.severity === 'error')) h.errors++;
    if (s.findings.some((f) => f.severity === 'warning')) h.warnings++;
    if (fired.has('Q11')) h.unverified++;
    for (const check of fired) counts.set(check, counts.get(check)! + 1);
  }
  const worst = [...judged]
    .sort((a, b) => a.score - b.score || a.identifier.localeCompare(b.identifier))
    .slice(0, WORST_SERVICES);
  return {
    services: judged.length,
    score: meanScore(judged.map((s) => s.score)),
    holders: [...holders.values()]
      .sort((a, b) => lvCompare(a.holder.name, b.holder.name))
      .map(({ scores, ...h }) => ({ ...h, score: meanScore(scores) })),
    checks: CHECK_IDS.map((check) => ({ check, severity: CHECKS[check].severity, count: counts.get(check)! })),
    worst: worst.map((s) => ({
      id: s.id,
      identifier: s.identifier,
      nameLv: s.name,
      holder: s.holder,
      score: s.score,
      findings: presentFindings(s.findings, lang),
    })),
  };
}
