// SR-12.2: CPSV-AP JSON-LD pushed by an institution's system, read back into SR-10 descriptions (the inverse of
// jsonld.ts). A small JSON-LD reader, enough for documents like ours and the profile's own example: contexts of
// prefixes and terms, compact and absolute IRIs, @graph, nested and referenced nodes, value objects with
// @language. The CPSV-AP 3.2.0 context is never fetched: its terms come from the local copy in data/ (SEMIC's
// release 3.2.0, © European Union, CC-BY 4.0). Each service becomes one record with its errors named as fields of
// the SR-10 description, so an import can report them per record.
import { readFileSync } from 'node:fs';
import type { ServiceContentIn } from './content.ts';
import { CHANNELS, CLIENT_TYPES } from './content.ts';
import { cofogItems, isCofogCode } from './cofog.ts';
import { IRI, NS, VV } from './jsonld.ts';
import type { Channel } from './public-schemas.ts';

export interface CpsvRecord {
  index: number;
  externalId: string | null;
  content: ServiceContentIn | null;
  errors: { field: string; code: string }[];
}

// ---- Reading JSON-LD into nodes ----

type Value = { ref: string } | { value: string | number | boolean; lang?: string | undefined };
interface RNode {
  id: string;
  types: Set<string>;
  props: Map<string, Value[]>;
}
interface Term {
  raw: string;
  coerceId: boolean;
}
interface Ctx {
  terms: Map<string, Term>;
  vocab?: string | undefined;
}

/** The CPSV-AP context's addresses; its terms come from data/cpsv-ap-3.2.0-context.jsonld. */
const OFFICIAL = /^https?:\/\/semiceu\.github\.io\/.*cpsv-ap(_en)?\.jsonld$/i;
let official: Record<string, unknown> | undefined;
function officialContext(): Record<string, unknown> {
  official ??= (
    JSON.parse(readFileSync(new URL('./data/cpsv-ap-3.2.0-context.jsonld', import.meta.url), 'utf8')) as {
      '@context': Record<string, unknown>;
    }
  )['@context'];
  return official;
}

class UnknownContext extends Error {}

function withContext(ctx: Ctx, local: unknown): Ctx {
  if (local === null) return { terms: new Map() };
  if (Array.isArray(local)) return local.reduce<Ctx>((c, l) => withContext(c, l), ctx);
  if (typeof local === 'string') {
    if (!OFFICIAL.test(local)) throw new UnknownContext(local);
    return withContext(ctx, officialContext());
  }
  if (typeof local !== 'object') return ctx;
  const next: Ctx = { terms: new Map(ctx.terms), vocab: ctx.vocab };
  for (const [key, def] of Object.entries(local as Record<string, unknown>)) {
    if (key === '@vocab') next.vocab = typeof def === 'string' ? def : undefined;
    if (key.startsWith('@')) continue;
    if (def === null) next.terms.delete(key);
    else if (typeof def === 'string') next.terms.set(key, { raw: def, coerceId: false });
    else if (typeof def === 'object') {
      const d = def as Record<string, unknown>;
      next.terms.set(key, {
        raw: typeof d['@id'] === 'string' ? d['@id'] : key,
        coerceId: d['@type'] === '@id' || d['@type'] === '@vocab',
      });
    }
  }
  return next;
}

function expand(ctx: Ctx, value: string, vocab: boolean, depth = 0): string {
  if (value.startsWith('@') || depth > 10) return value;
  const term = vocab ? ctx.terms.get(value) : undefined;
  if (term && term.raw !== value) return expand(ctx, term.raw, true, depth + 1);
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    const p = ctx.terms.get(prefix);
    if (prefix !== '_' && !suffix.startsWith('//') && p) return expand(ctx, p.raw, true, depth + 1) + suffix;
    return value;
  }
  return vocab && ctx.vocab ? ctx.vocab + value : value;
}

class Reader {
  readonly nodes = new Map<string, RNode>();
  private blank = 0;

  node(id: string): RNode {
    let n = this.nodes.get(id);
    if (!n) {
      n = { id, types: new Set(), props: new Map() };
      this.nodes.set(id, n);
    }
    return n;
  }

  /** Reads a node object (or a document with @graph); returns the node's id. */
  read(ctx: Ctx, obj: Record<string, unknown>, depth = 0): string | undefined {
    if (depth > 30) return undefined;
    const c = '@context' in obj ? withContext(ctx, obj['@context']) : ctx;
    const keys = Object.keys(obj).filter((k) => k !== '@context');
    const graph = obj['@graph'];
    if (graph !== undefined)
      for (const item of [graph].flat())
        if (item && typeof item === 'object') this.read(c, item as Record<string, unknown>, depth + 1);
    if (graph !== undefined && keys.every((k) => k === '@graph' || k === '@id')) return undefined;
    const id = typeof obj['@id'] === 'string' ? expand(c, obj['@id'], false) : `_:b${this.blank++}`;
    const node = this.node(id);
    for (const t of [obj['@type'] ?? []].flat()) if (typeof t === 'string') node.types.add(expand(c, t, true));
    for (const key of keys) {
      if (key.startsWith('@')) continue;
      const prop = expand(c, key, true);
      if (!prop.includes(':')) continue;
      const coerceId = c.terms.get(key)?.coerceId ?? false;
      const list = node.props.get(prop) ?? [];
      this.values(c, obj[key], coerceId, list, depth);
      node.props.set(prop, list);
    }
    return id;
  }

  private values(ctx: Ctx, raw: unknown, coerceId: boolean, out: Value[], depth: number): void {
    if (raw === null || raw === undefined) return;
    if (Array.isArray(raw)) {
      for (const r of raw) this.values(ctx, r, coerceId, out, depth);
      return;
    }
    if (typeof raw === 'string') out.push(coerceId ? { ref: expand(ctx, raw, false) } : { value: raw });
    else if (typeof raw === 'number' || typeof raw === 'boolean') out.push({ value: raw });
    else if (typeof raw === 'object') {
      const o = raw as Record<string, unknown>;
      if ('@value' in o) {
        const v = o['@value'];
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          out.push({ value: v, lang: typeof o['@language'] === 'string' ? o['@language'].toLowerCase() : undefined });
      } else if ('@list' in o || '@set' in o) this.values(ctx, o['@list'] ?? o['@set'], coerceId, out, depth);
      else if (Object.keys(o).length === 1 && typeof o['@id'] === 'string')
        out.push({ ref: expand(ctx, o['@id'], false) });
      else {
        const id = this.read(ctx, o, depth + 1);
        if (id) out.push({ ref: id });
      }
    }
  }
}

// ---- From nodes to SR-10 descriptions ----

const P = (prefix: keyof typeof NS, local: string) => NS[prefix] + local;
type Issue = { field: string; code: string };

class Mapper {
  readonly errors: Issue[] = [];
  constructor(private readonly nodes: Map<string, RNode>) {}

  all(node: RNode | undefined, prop: string): Value[] {
    return node?.props.get(prop) ?? [];
  }
  /** Referenced nodes (a plain string where an IRI was meant counts as a reference too). */
  refs(node: RNode | undefined, prop: string): RNode[] {
    return this.all(node, prop).map((v) => {
      const id = 'ref' in v ? v.ref : String(v.value);
      return this.nodes.get(id) ?? { id, types: new Set<string>(), props: new Map<string, Value[]>() };
    });
  }
  literal(node: RNode | undefined, prop: string): string | undefined {
    const v = this.all(node, prop).find((x): x is { value: string | number | boolean } => 'value' in x);
    return v === undefined ? undefined : String(v.value);
  }
  /** Latvian (or untagged) and English text; missing Latvian is an error at `field`. */
  text(node: RNode | undefined, prop: string, field: string, required = true): { lv: string; en?: string } | undefined {
    const values = this.all(node, prop).filter(
      (v): v is { value: string; lang?: string } => 'value' in v && typeof v.value === 'string',
    );
    const lv = values.find((v) => v.lang === 'lv') ?? values.find((v) => !v.lang);
    const en = values.find((v) => v.lang === 'en');
    if (!lv || lv.value.trim() === '') {
      if (required) this.errors.push({ field: `${field}/lv`, code: 'field_required' });
      return undefined;
    }
    return { lv: lv.value.trim(), ...(en?.value.trim() ? { en: en.value.trim() } : {}) };
  }
  /** A code of our lists: from our URN, the concept's skos:notation, or the IRI's last segment. */
  code(node: RNode, urnPrefix: string): string | undefined {
    if (node.id.startsWith(urnPrefix)) return node.id.slice(urnPrefix.length);
    return this.literal(node, P('skos', 'notation')) ?? node.id.split(/[/#:]/).pop();
  }
}

const eurostat = () => new Map(cofogItems().map((i) => [i.eurostatCode, i.code]));
const ORG = /^urn:vienuviet:organisation:([0-9a-f-]{36})$/i;
const TERRITORY = /^urn:vienuviet:territory:([0-9a-f-]{36})$/i;

function orgId(m: Mapper, node: RNode | undefined, field: string): string | null {
  if (!node) return null;
  const found =
    ORG.exec(node.id)?.[1] ??
    (/^[0-9a-f-]{36}$/i.test(m.literal(node, P('dct', 'identifier')) ?? '')
      ? m.literal(node, P('dct', 'identifier'))!
      : undefined);
  if (!found) m.errors.push({ field, code: 'organisation_unknown' });
  return found?.toLowerCase() ?? null;
}

function channelCode(m: Mapper, node: RNode): Channel | undefined {
  const type = m.refs(node, P('dct', 'type'))[0];
  const code = type ? m.code(type, `${VV}channel:`) : undefined;
  return (CHANNELS as readonly string[]).includes(code ?? '') ? (code as Channel) : undefined;
}

function content(m: Mapper, s: RNode): ServiceContentIn {
  const name = m.text(s, P('dct', 'title'), '/name');
  const shortDescription = m.text(s, P('dct', 'description'), '/shortDescription');

  const fees = m.refs(s, P('cv', 'hasCost')).map((cost, i) => {
    const amount = Number(m.literal(cost, P('cv', 'hasValue')));
    if (!Number.isFinite(amount)) m.errors.push({ field: `/fees/${i}/amount`, code: 'field_required' });
    const currency = m.refs(cost, P('cv', 'currency'))[0];
    if (currency && currency.id !== IRI.eur && m.literal(currency, P('skos', 'notation')) !== 'EUR')
      m.errors.push({ field: `/fees/${i}/amount`, code: 'field_invalid' });
    const through = m.refs(cost, P('cv', 'ifAccessedThrough'))[0];
    return {
      label: m.text(cost, P('dct', 'description'), `/fees/${i}/label`) ?? { lv: '' },
      amount,
      channel: through ? (channelCode(m, through) ?? null) : null,
    };
  });

  const roles = new Map<string, RNode | undefined>();
  for (const p of m.refs(s, P('cv', 'hasParticipation'))) {
    const role = m.refs(p, P('cv', 'role'))[0];
    const code = role ? m.code(role, `${VV}role:`) : undefined;
    if (code) roles.set(code, m.refs(p, P('cv', 'hasParticipant'))[0]);
  }
  const stage = (r: string) => (roles.has(r) ? orgId(m, roles.get(r), `/stageProviders/${r}`) : null);

  const contact = m.refs(s, P('cv', 'contactPoint'))[0];
  const email =
    m
      .literal(contact, P('cv', 'email'))
      ?.replace(/^mailto:/i, '')
      .trim()
      .toLowerCase() || null;
  const phone = m.literal(contact, P('cv', 'telephone'))?.replace(/^tel:/i, '').trim() || null;
  const website = contact ? (m.refs(contact, P('cv', 'contactPage'))[0]?.id ?? null) : null;

  const documents: NonNullable<ServiceContentIn['documents']> = [];
  const forms: NonNullable<ServiceContentIn['forms']> = [];
  for (const e of m.refs(s, P('cpsv', 'hasInput'))) {
    const type = m.refs(e, P('dct', 'type'))[0];
    const list = type && m.code(type, `${VV}evidence-type:`) === 'form' ? forms : documents;
    const field = `/${list === forms ? 'forms' : 'documents'}/${list.length}/title`;
    list.push({
      title: m.text(e, P('dct', 'title'), field) ?? { lv: '' },
      url: m.refs(e, P('foaf', 'page'))[0]?.id ?? null,
    });
  }

  const results = new Map<Channel, RNode>();
  for (const o of m.refs(s, P('cpsv', 'produces'))) {
    const ch = channelCode(m, o);
    if (ch) results.set(ch, o);
  }
  const channels: NonNullable<ServiceContentIn['channels']> = {};
  for (const node of m.refs(s, P('cv', 'hasChannel'))) {
    const ch = channelCode(m, node);
    if (!ch) {
      m.errors.push({ field: '/channels', code: 'field_invalid' });
      continue;
    }
    const request = m.text(node, P('dct', 'description'), `/channels/${ch}/request`) ?? { lv: '' };
    // The result's own description, or the channel's when the sender describes both in one.
    const receive = m.text(results.get(ch), P('dct', 'description'), `/channels/${ch}/receive`, false) ?? request;
    const hours = m.refs(node, P('cv', 'openingHours'))[0];
    const workingHours = hours
      ? m.text(hours, P('dct', 'description'), `/channels/${ch}/workingHours`, false)
      : undefined;
    channels[ch] = { request, receive, ...(workingHours ? { workingHours } : {}) };
  }

  const legalBasis = m.refs(s, P('cv', 'hasLegalResource')).map((l, i) => {
    // A legal resource's own address is the act (e.g. an ELI), unless it is a part of the service's description.
    const page =
      m.refs(l, P('foaf', 'page'))[0]?.id ?? (/^https?:\/\//.test(l.id) && !l.id.startsWith(`${s.id}#`) ? l.id : null);
    const title = m.literal(l, P('dct', 'title')) ?? m.literal(l, P('eli', 'title')) ?? page;
    if (!title) m.errors.push({ field: `/legalBasis/${i}/title`, code: 'field_required' });
    return { title: title?.trim() ?? '', url: page };
  });

  const appealRule = m
    .refs(s, P('cpsv', 'follows'))
    .find((r) => m.refs(r, P('dct', 'type')).some((t) => m.code(t, `${VV}rule-type:`) === 'appeal'));
  const appeal = appealRule ? m.text(appealRule, P('dct', 'description'), '/appeal') : undefined;

  const byEurostat = eurostat();
  const cofog = m.refs(s, P('dct', 'type')).map((t, i) => {
    const raw = m.code(t, `${VV}cofog:`) ?? '';
    const code = byEurostat.get(raw.toUpperCase()) ?? raw;
    if (!isCofogCode(code)) m.errors.push({ field: `/cofog/${i}`, code: 'cofog_unknown' });
    return code;
  });
  if (cofog.length === 0) m.errors.push({ field: '/cofog', code: 'field_required' });

  const audience = m
    .refs(s, P('dct', 'audience'))
    .map((a) => m.code(a, `${VV}client-type:`))
    .find((c) => (CLIENT_TYPES as readonly string[]).includes(c ?? ''));
  if (!audience) m.errors.push({ field: '/clientType', code: 'field_required' });

  const places = m.refs(s, P('dct', 'spatial'));
  const wholeCountry = places.some((p) => p.id === IRI.latvia);
  const municipalityIds: string[] = [];
  places.forEach((p, i) => {
    if (p.id === IRI.latvia) return;
    const id = TERRITORY.exec(p.id)?.[1];
    if (id) municipalityIds.push(id.toLowerCase());
    else m.errors.push({ field: `/coverage/municipalityIds/${i}`, code: 'coverage_not_municipality' });
  });
  if (places.length === 0) m.errors.push({ field: '/coverage', code: 'field_required' });

  const duration = m.literal(s, P('cv', 'processingTime'));
  const days = duration ? /^P(\d{1,4})D$/.exec(duration)?.[1] : undefined;
  if (duration && !days) m.errors.push({ field: '/maxTermWorkingDays', code: 'field_format' });
  const filable = m.literal(s, IRI.filableOnBehalf);

  return {
    name: name ?? { lv: '' },
    shortDescription: shortDescription ?? { lv: '' },
    fees,
    providerId: roles.has('provider') ? orgId(m, roles.get('provider'), '/providerId') : null,
    contacts: { email, phone, website },
    documents,
    forms,
    channels,
    legalBasis,
    ...(appeal ? { appeal } : {}),
    cofog,
    clientType: (audience ?? 'anyone') as ServiceContentIn['clientType'],
    coverage: wholeCountry ? { wholeCountry: true, municipalityIds: [] } : { wholeCountry: false, municipalityIds },
    maxTermWorkingDays: days ? Number(days) : null,
    filableOnBehalf: filable === 'true',
    stageProviders: {
      request: stage('request'),
      execution: stage('execution'),
      resultDelivery: stage('resultDelivery'),
    },
  };
}

/**
 * SR-12.2: every cpsv:PublicService of a JSON-LD document as an SR-10 description, in document order. The
 * external id is the service's dct:identifier, else its @id. A record with errors has no content. A document that
 * is not JSON-LD, names a remote context other than CPSV-AP's, or holds no service gives one record with the error.
 */
export function fromCpsv(doc: unknown): { records: CpsvRecord[] } {
  const failed = (field: string, code: string) => ({
    records: [{ index: 0, externalId: null, content: null, errors: [{ field, code }] }],
  });
  if (!doc || typeof doc !== 'object') return failed('', 'jsonld_invalid');
  const reader = new Reader();
  try {
    for (const item of [doc].flat())
      if (item && typeof item === 'object') reader.read({ terms: new Map() }, item as Record<string, unknown>);
  } catch (error) {
    if (error instanceof UnknownContext) return failed('/@context', 'jsonld_context_unknown');
    throw error;
  }
  const services = [...reader.nodes.values()].filter((n) => n.types.has(P('cpsv', 'PublicService')));
  if (services.length === 0) return failed('', 'jsonld_no_service');
  return {
    records: services.map((s, index) => {
      const m = new Mapper(reader.nodes);
      const externalId = m.literal(s, P('dct', 'identifier'))?.trim() || (s.id.startsWith('_:') ? null : s.id);
      if (externalId && externalId.length > 100) m.errors.push({ field: '/externalId', code: 'field_too_long' });
      const mapped = content(m, s);
      return { index, externalId, content: m.errors.length === 0 ? mapped : null, errors: m.errors };
    }),
  };
}
