// SR-13: automated quality control of a service description. Pure functions over the SR-10 content (content.ts)
// and what the database knows around it (today, the last SR-11 confirmation, the holder's other services, the link
// checker's answers, SR-11's law changes). Each check has a stable ID and one severity — Q16 alone has two: an
// error once a law change is overdue, a warning while one is near; a finding names its field as a JSON pointer into
// the content ('/' for the description as a whole) and a message code of src/platform/i18n/messages.ts.
//
// Score (0–100): 100 minus, for every check that fires at least once, the weight of its severity (error 20,
// warning 5, info 1; Q16 weighs as the most severe of its findings), never below 0. A check counts once however many fields it flags, so ten untranslated texts
// weigh as much as one, and a description with five kinds of error scores 0. A holder's score is the mean of its
// services' scores.
import type { MessageCode } from '../platform/i18n/messages.ts';
import { isCofogCode } from './cofog.ts';
import { CHANNELS, type ServiceContentIn } from './content.ts';
import type { LawChangeForQuality } from './law-changes.ts';
import { mostSimilar, type NamedService } from './quality-names.ts';
import { quarterOf } from './verification.ts';

export {
  mostSimilar,
  NAME_SIMILARITY_THRESHOLD,
  nameSimilarity,
  nearDuplicates,
  normaliseName,
  trigrams,
  type NamedService,
} from './quality-names.ts';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The checks, by ID. IDs are stable: clients and dashboards keep them; a new check gets the next number. */
export const CHECKS = {
  Q01: {
    severity: 'error',
    what: 'Required fields missing: contacts (SR-10.2), a channel, working hours of an in-person or phone channel (SR-10.4)',
  },
  Q02: { severity: 'warning', what: 'No documents or forms listed (SR-10.3)' },
  Q03: { severity: 'error', what: 'COFOG code not in the shipped classification (SR-10.6)' },
  Q04: { severity: 'error', what: 'A fee without an amount (SR-10.1)' },
  Q05: {
    severity: 'error',
    what: 'Malformed or unsafe link: not a URL, not http(s), credentials, IP-address or local host',
  },
  Q06: { severity: 'warning', what: 'Insecure link: http instead of https, or a non-default port' },
  Q07: { severity: 'warning', what: 'Link that does not answer (from the background link checker)' },
  Q08: { severity: 'error', what: 'No legal basis (SR-10.5)' },
  Q09: { severity: 'info', what: 'A legal act without a link (SR-10.5)' },
  Q10: { severity: 'error', what: 'No appeal procedure (SR-10.5)' },
  Q11: { severity: 'warning', what: 'Not confirmed in the current quarter (SR-11)' },
  Q12: { severity: 'warning', what: 'A text in Latvian without English' },
  Q13: { severity: 'warning', what: 'Short description too short' },
  Q14: { severity: 'warning', what: 'Short description too long' },
  Q15: { severity: 'warning', what: "Name nearly the same as another of the holder's services" },
  // Its severity here is the higher one; a pending change about to take effect gives a warning (see checkService).
  Q16: {
    severity: 'error',
    what: 'Not updated by the day a law change took effect (SR-11); a warning while one takes effect within 10 working days',
  },
  Q17: {
    severity: 'warning',
    what: 'No fee listed (shown as free of charge) while a text names a state fee or an amount in euros (SR-10.1)',
  },
} as const satisfies Record<string, { severity: Severity; what: string }>;
export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

/** Score weights per severity of a check that fires (see the top of this file). */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { error: 20, warning: 5, info: 1 };
/** Q13: under this many characters a short description is a label, not a description. */
export const SHORT_DESCRIPTION_MIN = 50;
/** Q14: over this many characters it is not short any more; the details belong in the channels' steps. */
export const SHORT_DESCRIPTION_MAX = 1000;

export interface Finding {
  check: CheckId;
  severity: Severity;
  /** JSON pointer into the content, e.g. '/name/en'; '/' for the description as a whole. */
  field: string;
  code: MessageCode;
  params?: Record<string, string | number>;
}

/** The link checker's last answer for an address (service_link_checks). */
export interface LinkResult {
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  checkedOn: string;
}

export interface QualityContext {
  /** Today in Riga (YYYY-MM-DD). */
  today: string;
  /** SR-11: the last confirmation of a published service; undefined when it does not apply (never published, unsaved). */
  lastVerifiedOn?: string | null | undefined;
  /** The holder's other services in use (not withdrawn), for Q15. */
  otherServices?: readonly NamedService[] | undefined;
  /** Q15 already worked out (the dashboard does it for a whole holder at once); wins over otherServices. */
  similarService?: NamedService | null | undefined;
  /** The link checker's answers by address; addresses not in it were not checked yet. */
  links?: ReadonlyMap<string, LinkResult> | undefined;
  /** SR-11: the law changes recorded against the service, with their state (law-changes.ts); none when unsaved. */
  lawChanges?: readonly LawChangeForQuality[] | undefined;
  /** Q16 warns about a pending change taking effect on or before this day (10 working days after today). */
  lawChangeHorizon?: string | undefined;
}

type Text = { lv: string; en?: string | undefined };

const finding = (
  check: CheckId,
  field: string,
  code: MessageCode,
  params?: Record<string, string | number>,
  severity: Severity = CHECKS[check].severity,
): Finding => ({
  check,
  severity,
  field,
  code,
  ...(params ? { params } : {}),
});

// ---- links (Q05, Q06): every URL field of the content --------------------------------------------------------

/** Every URL field of a description with its pointer. The link checker collects the same fields. */
export function linksOf(c: ServiceContentIn): { field: string; url: string }[] {
  const out: { field: string; url: string }[] = [];
  if (c.contacts?.website) out.push({ field: '/contacts/website', url: c.contacts.website });
  for (const [i, d] of (c.documents ?? []).entries()) if (d.url) out.push({ field: `/documents/${i}/url`, url: d.url });
  for (const [i, d] of (c.forms ?? []).entries()) if (d.url) out.push({ field: `/forms/${i}/url`, url: d.url });
  for (const [i, l] of (c.legalBasis ?? []).entries())
    if (l.url) out.push({ field: `/legalBasis/${i}/url`, url: l.url });
  return out;
}

/** Host names that only mean something inside one network (RFC 6761, RFC 6762, common intranet suffixes). */
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'test',
  'invalid',
  'example',
];

export interface LinkProblem {
  check: 'Q05' | 'Q06';
  code: MessageCode;
  params?: Record<string, string | number>;
}

/** What is wrong with one address. Q05 problems also keep the link checker away from it (no requests to intranets). */
export function linkProblems(raw: string): LinkProblem[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Q05 refuses addresses carrying control characters.
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return [{ check: 'Q05', code: 'quality_link_invalid' }];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [{ check: 'Q05', code: 'quality_link_invalid' }];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [{ check: 'Q05', code: 'quality_link_scheme' }];
  const problems: LinkProblem[] = [];
  if (url.username || url.password) problems.push({ check: 'Q05', code: 'quality_link_credentials' });
  // The WHATWG parser writes every IPv4 spelling (0x7f.1, 2130706433) as a dotted quad and IPv6 in brackets.
  const host = url.hostname.replace(/\.$/, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('['))
    problems.push({ check: 'Q05', code: 'quality_link_ip_host' });
  else if (!host.includes('.') || LOCAL_SUFFIXES.includes(host.slice(host.lastIndexOf('.') + 1)))
    problems.push({ check: 'Q05', code: 'quality_link_local_host' });
  if (url.protocol === 'http:') problems.push({ check: 'Q06', code: 'quality_link_http' });
  if (url.port) problems.push({ check: 'Q06', code: 'quality_link_port', params: { port: url.port } });
  return problems;
}

/** Whether the link checker may ask the address (no Q05 problem). */
export function checkableLink(raw: string): boolean {
  return !linkProblems(raw).some((p) => p.check === 'Q05');
}

function linkFindings(c: ServiceContentIn, links: ReadonlyMap<string, LinkResult> | undefined): Finding[] {
  const out: Finding[] = [];
  for (const { field, url } of linksOf(c)) {
    const problems = linkProblems(url);
    for (const p of problems) out.push(finding(p.check, field, p.code, p.params));
    const answer = links?.get(url);
    if (!answer || answer.ok || problems.some((p) => p.check === 'Q05')) continue;
    if (answer.httpStatus !== null)
      out.push(finding('Q07', field, 'quality_link_broken', { status: answer.httpStatus, date: answer.checkedOn }));
    else
      out.push(
        finding('Q07', field, 'quality_link_unreachable', { error: answer.error ?? '?', date: answer.checkedOn }),
      );
  }
  return out;
}

// ---- texts (Q12, Q13, Q14) ----------------------------------------------------------------------------------

/** Every two-language text of a description with its pointer. */
function textsOf(c: ServiceContentIn): { field: string; text: Text }[] {
  const out: { field: string; text: Text }[] = [
    { field: '/name', text: c.name },
    { field: '/shortDescription', text: c.shortDescription },
  ];
  for (const [i, f] of (c.fees ?? []).entries()) out.push({ field: `/fees/${i}/label`, text: f.label });
  for (const [i, d] of (c.documents ?? []).entries()) out.push({ field: `/documents/${i}/title`, text: d.title });
  for (const [i, d] of (c.forms ?? []).entries()) out.push({ field: `/forms/${i}/title`, text: d.title });
  for (const name of CHANNELS) {
    const ch = c.channels?.[name];
    if (!ch) continue;
    out.push(
      { field: `/channels/${name}/request`, text: ch.request },
      { field: `/channels/${name}/receive`, text: ch.receive },
    );
    if (ch.workingHours) out.push({ field: `/channels/${name}/workingHours`, text: ch.workingHours });
  }
  if (c.appeal) out.push({ field: '/appeal', text: c.appeal });
  return out;
}

function textFindings(c: ServiceContentIn): Finding[] {
  const out: Finding[] = [];
  for (const { field, text } of textsOf(c)) {
    if (text.lv.trim() !== '' && !text.en?.trim()) out.push(finding('Q12', `${field}/en`, 'quality_english_missing'));
  }
  for (const lang of ['lv', 'en'] as const) {
    const value = c.shortDescription[lang]?.trim();
    if (!value) continue;
    const length = [...value].length;
    const field = `/shortDescription/${lang}`;
    if (length < SHORT_DESCRIPTION_MIN)
      out.push(finding('Q13', field, 'quality_text_too_short', { length, limit: SHORT_DESCRIPTION_MIN }));
    if (length > SHORT_DESCRIPTION_MAX)
      out.push(finding('Q14', field, 'quality_text_too_long', { length, limit: SHORT_DESCRIPTION_MAX }));
  }
  return out;
}

// ---- required content (Q01–Q04, Q08–Q10) --------------------------------------------------------------------

function requiredFindings(c: ServiceContentIn): Finding[] {
  const out: Finding[] = [];
  const contacts = c.contacts;
  if (!contacts?.email && !contacts?.phone && !contacts?.website)
    out.push(finding('Q01', '/contacts', 'quality_contacts_missing'));
  const offered = CHANNELS.filter((name) => c.channels?.[name]);
  if (offered.length === 0) out.push(finding('Q01', '/channels', 'quality_channel_missing'));
  // SR-10.4: hours matter where a person answers; e-services and post have none.
  for (const name of ['in_person', 'phone'] as const) {
    const ch = c.channels?.[name];
    if (ch && !ch.workingHours?.lv.trim())
      out.push(finding('Q01', `/channels/${name}/workingHours`, 'quality_working_hours_missing'));
  }
  if ((c.documents ?? []).length === 0 && (c.forms ?? []).length === 0)
    out.push(finding('Q02', '/documents', 'quality_documents_missing'));
  c.cofog.forEach((code, i) => {
    if (!isCofogCode(code)) out.push(finding('Q03', `/cofog/${i}`, 'cofog_unknown', { code }));
  });
  (c.fees ?? []).forEach((fee, i) => {
    if (fee.amount === 0) out.push(finding('Q04', `/fees/${i}/amount`, 'quality_fee_amount_missing'));
  });
  const acts = c.legalBasis ?? [];
  if (acts.length === 0) out.push(finding('Q08', '/legalBasis', 'quality_legal_basis_missing'));
  acts.forEach((act, i) => {
    if (!act.url) out.push(finding('Q09', `/legalBasis/${i}/url`, 'quality_legal_basis_link_missing'));
  });
  if (!c.appeal?.lv.trim()) out.push(finding('Q10', '/appeal', 'quality_appeal_missing'));
  return out;
}

// ---- fee named in words but not listed (Q17, SR-10.1) -------------------------------------------------------

/** Words that name a payment: a state fee or duty (lv, en) or an amount in euros. */
const FEE_WORDS =
  /(?<!\p{L})(?:valsts\s+nodev\p{L}*|nodev(?:a|u|as|ai)|state\s+fees?|stamp\s+dut(?:y|ies)|fees?|\d+(?:[.,]\d{1,2})?\s?(?:EUR|euro|€))(?!\p{L})/giu;
/** Just before a fee word: it is said not to be charged ("bez nodevas", "no fee", "without a fee"). */
const NEGATED_BEFORE = /(?<!\p{L})(?:bez|no|without(?:\s+a)?|free\s+of)\s+$/iu;
/** Just after a fee word: "nodeva netiek iekasēta", "nodevas nav", "fee is not charged", "fee is waived". */
const NEGATED_AFTER = /^\s+(?:netiek|nav|is\s+not|isn't|is\s+waived|does\s+not)(?!\p{L})/iu;

/** The fee words of a text that are not said to be waived. */
export function feeMentions(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(FEE_WORDS)) {
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 20), at);
    const after = text.slice(at + match[0].length, at + match[0].length + 20);
    if (!NEGATED_BEFORE.test(before) && !NEGATED_AFTER.test(after)) out.push(match[0]);
  }
  return out;
}

/** The public page says "free of charge" when no fee is listed; a text naming a fee contradicts it. */
function feeFindings(c: ServiceContentIn): Finding[] {
  if ((c.fees ?? []).length > 0) return [];
  const texts: { field: string; text: Text }[] = [{ field: '/shortDescription', text: c.shortDescription }];
  for (const name of CHANNELS) {
    const ch = c.channels?.[name];
    if (ch)
      texts.push(
        { field: `/channels/${name}/request`, text: ch.request },
        { field: `/channels/${name}/receive`, text: ch.receive },
      );
  }
  const out: Finding[] = [];
  for (const { field, text } of texts) {
    for (const lang of ['lv', 'en'] as const) {
      const words = feeMentions(text[lang] ?? '');
      if (words.length > 0)
        out.push(finding('Q17', `${field}/${lang}`, 'quality_fee_unlisted', { words: words.join(', ') }));
    }
  }
  return out;
}

// ---- law changes (Q16, SR-11) -------------------------------------------------------------------------------

/** One finding per kind (overdue, near), naming every change of that kind: "title (YYYY-MM-DD); …". */
function lawChangeFindings(ctx: QualityContext): Finding[] {
  const all = ctx.lawChanges ?? [];
  const horizon = ctx.lawChangeHorizon;
  const list = (items: readonly LawChangeForQuality[]) =>
    [...items]
      .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn))
      .map((c) => `${c.title} (${c.effectiveOn})`)
      .join('; ');
  const overdue = all.filter((c) => c.state === 'overdue');
  const near = all.filter((c) => c.state === 'pending' && horizon !== undefined && c.effectiveOn <= horizon);
  const out: Finding[] = [];
  if (overdue.length > 0) out.push(finding('Q16', '/', 'quality_law_change_overdue', { changes: list(overdue) }));
  if (near.length > 0) out.push(finding('Q16', '/', 'quality_law_change_soon', { changes: list(near) }, 'warning'));
  return out;
}

// ---- all together -------------------------------------------------------------------------------------------

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** SR-13: every finding of the description, errors first, then by check and field. */
export function checkService(c: ServiceContentIn, ctx: QualityContext): Finding[] {
  const out = [...requiredFindings(c), ...linkFindings(c, ctx.links), ...textFindings(c), ...feeFindings(c)];
  // SR-11: a published description not confirmed since the current quarter began.
  if (ctx.lastVerifiedOn !== undefined) {
    const quarter = quarterOf(ctx.today);
    if (ctx.lastVerifiedOn === null || ctx.lastVerifiedOn < quarter.first) {
      out.push(
        finding('Q11', '/', 'quality_verification_stale', {
          quarter: quarter.key,
          lastVerifiedOn: ctx.lastVerifiedOn ?? '—',
        }),
      );
    }
  }
  const twin = ctx.similarService !== undefined ? ctx.similarService : mostSimilar(c.name.lv, ctx.otherServices ?? []);
  if (twin)
    out.push(finding('Q15', '/name/lv', 'quality_name_duplicate', { identifier: twin.identifier, name: twin.name }));
  out.push(...lawChangeFindings(ctx));
  return out.sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.check.localeCompare(b.check) ||
      a.field.localeCompare(b.field),
  );
}

/** 0–100: see the weights at the top of this file. */
export function scoreOf(findings: readonly Finding[]): number {
  const weights = new Map<CheckId, number>();
  for (const f of findings) weights.set(f.check, Math.max(weights.get(f.check) ?? 0, SEVERITY_WEIGHTS[f.severity]));
  let score = 100;
  for (const weight of weights.values()) score -= weight;
  return Math.max(0, score);
}

/** A holder's score: the mean of its services' scores, one decimal; null without services. */
export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}
