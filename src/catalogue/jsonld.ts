// SR-12: the catalogue as CPSV-AP 3.2.0 JSON-LD (the EU's Core Public Service Vocabulary Application Profile), one
// service or the whole filtered catalogue, valid against the profile's SHACL shapes (jsonld.test.ts checks them).
// The document carries its own context of prefixes, so a reader needs no remote context. The inverse, fromCpsv,
// lives in jsonld-read.ts and is re-exported here.
//
// How SR-10 maps (every referenced node is in the graph with its class, as the shapes' sh:class requires):
//   identifier PK-000123 → dct:identifier; the service's IRI is its public API address
//   name, short description (SR-10.1) → dct:title, dct:description (@language lv, en)
//   fees (SR-10.1) → cv:hasCost cv:Cost (cv:hasValue xsd:double, cv:currency EUR, dct:description, cv:ifAccessedThrough)
//   holder (SR-4) → cv:hasCompetentAuthority cv:PublicOrganisation
//   provider (SR-10.2), stages (SR-14) → cv:hasParticipation cv:Participation (cv:role, cv:hasParticipant)
//   contacts (SR-10.2) → cv:contactPoint cv:ContactPoint (cv:email, cv:telephone, cv:contactPage)
//   documents, forms (SR-10.3) → cpsv:hasInput cv:Evidence (dct:type document | form, foaf:page)
//   channels (SR-10.4, SR-17) → cv:hasChannel cv:Channel (dct:type, dct:description = how to request,
//     cv:openingHours time:TemporalEntity = working hours) and cpsv:produces cv:Output (dct:type = the channel,
//     dct:description = how to receive the result over it)
//   legal basis (SR-10.5) → cv:hasLegalResource eli:LegalResource (dct:title, foaf:page)
//   appeal (SR-10.5) → cpsv:follows cpsv:Rule (dct:type appeal, dct:description)
//   COFOG (SR-10.6) → dct:type (the profile's "functions of government"), skos:Concept with skos:notation
//   client type (SR-10.7) → dct:audience; coverage (SR-10.8) → dct:spatial dct:Location (Latvia or municipalities)
//   maximum term → cv:processingTime "P{n}D" (n working days); DR-29 → urn:vienuviet:filableOnBehalf (xsd:boolean)
//   status → adms:status (ADMS Completed / Withdrawn); last change → dct:modified
import type { ServiceContentIn } from './content.ts';
import { CHANNELS } from './content.ts';
import { cofogItems } from './cofog.ts';
import type { Channel } from './public-schemas.ts';

export const NS = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  eli: 'http://data.europa.eu/eli/ontology#',
  time: 'http://www.w3.org/2006/time#',
  adms: 'http://www.w3.org/ns/adms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The context every document of ours carries: prefixes only, so it expands without fetching anything. */
export const CONTEXT = NS;

/** Our own code lists and the one property CPSV-AP lacks: deployment-independent URNs. */
export const VV = 'urn:vienuviet:';
export const IRI = {
  organisation: (id: string) => `${VV}organisation:${id}`,
  territory: (id: string) => `${VV}territory:${id}`,
  cofog: (code: string) => `${VV}cofog:${code}`,
  channel: (c: string) => `${VV}channel:${c}`,
  clientType: (t: string) => `${VV}client-type:${t}`,
  role: (r: string) => `${VV}role:${r}`,
  evidenceType: (t: 'document' | 'form') => `${VV}evidence-type:${t}`,
  appeal: `${VV}rule-type:appeal`,
  filableOnBehalf: `${VV}filableOnBehalf`,
  latvia: 'http://publications.europa.eu/resource/authority/country/LVA',
  eur: 'http://publications.europa.eu/resource/authority/currency/EUR',
  language: {
    lv: 'http://publications.europa.eu/resource/authority/language/LAV',
    en: 'http://publications.europa.eu/resource/authority/language/ENG',
  },
  status: { published: 'http://purl.org/adms/status/Completed', withdrawn: 'http://purl.org/adms/status/Withdrawn' },
} as const;

type LvEn = { lv: string; en?: string | undefined };

export const CHANNEL_LABELS: Record<Channel, LvEn> = {
  in_person: { lv: 'Klātienē', en: 'In person' },
  electronic: { lv: 'Elektroniski', en: 'Electronically' },
  phone: { lv: 'Pa tālruni', en: 'By phone' },
  post: { lv: 'Pa pastu', en: 'By post' },
};
const CLIENT_LABELS: Record<string, LvEn> = {
  anyone: { lv: 'Jebkurš', en: 'Anyone' },
  natural_person: { lv: 'Fiziska persona', en: 'Natural person' },
  legal_person: { lv: 'Juridiska persona', en: 'Legal person' },
};
/** SR-14 stages and the provider of the whole service (SR-10.2), as participation roles. */
export const ROLES = {
  provider: { lv: 'Pakalpojuma sniedzējs', en: 'Service provider' },
  request: { lv: 'Pieprasīšanas posms', en: 'Request stage' },
  execution: { lv: 'Izpildes posms', en: 'Execution stage' },
  resultDelivery: { lv: 'Rezultāta nodošanas posms', en: 'Result delivery stage' },
} as const;

export type Node = Record<string, unknown>;
export type OrgNames = ReadonlyMap<string, { name: string; kind: string }>;

/** What the mapping needs of a service. */
export interface CpsvService {
  identifier: string;
  status: 'published' | 'withdrawn';
  holderId: string;
  content: ServiceContentIn;
  updatedAt: string;
}

const ref = (id: string) => ({ '@id': id });
const langs = (t: LvEn | undefined) =>
  t ? [{ '@value': t.lv, '@language': 'lv' }, ...(t.en ? [{ '@value': t.en, '@language': 'en' }] : [])] : [];
const concept = (id: string, label: LvEn, notation?: string): Node => ({
  '@id': id,
  '@type': 'skos:Concept',
  'skos:prefLabel': langs(label),
  ...(notation ? { 'skos:notation': notation } : {}),
});

/** The service's IRI: its address in the public API. */
export function serviceIri(baseUrl: string, identifier: string): string {
  return `${baseUrl}/api/v1/public/services/${identifier}`;
}

/** Nodes several services share (organisations, places, concepts, pages), each emitted once per document. */
class Shared {
  readonly nodes = new Map<string, Node>();
  constructor(private readonly names: OrgNames) {}
  private add(id: string, make: () => Node): string {
    if (!this.nodes.has(id)) this.nodes.set(id, make());
    return id;
  }
  latvia(): string {
    return this.add(IRI.latvia, () => ({
      '@id': IRI.latvia,
      '@type': 'dct:Location',
      'skos:prefLabel': langs({ lv: 'Latvija', en: 'Latvia' }),
    }));
  }
  territory(id: string): string {
    const name = this.names.get(id)?.name ?? id;
    return this.add(IRI.territory(id), () => ({
      '@id': IRI.territory(id),
      '@type': 'dct:Location',
      'dct:identifier': id,
      'skos:prefLabel': langs({ lv: name }),
    }));
  }
  organisation(id: string): string {
    const known = this.names.get(id);
    const name = known?.name ?? id;
    const spatial = known?.kind === 'municipality' ? this.territory(id) : this.latvia();
    // cv:PublicOrganisation for the competent authority, foaf:Agent for a participant: both shapes are met.
    return this.add(IRI.organisation(id), () => ({
      '@id': IRI.organisation(id),
      '@type': ['cv:PublicOrganisation', 'foaf:Agent'],
      'dct:identifier': id,
      'skos:prefLabel': langs({ lv: name }),
      'dct:title': langs({ lv: name }),
      'dct:spatial': ref(spatial),
    }));
  }
  cofog(code: string): string {
    const item = cofogItems().find((i) => i.code === code);
    const label = { lv: item?.nameLv ?? item?.nameEn ?? code, en: item?.nameEn };
    return this.add(IRI.cofog(code), () => concept(IRI.cofog(code), label, code));
  }
  channel(c: Channel): string {
    return this.add(IRI.channel(c), () => concept(IRI.channel(c), CHANNEL_LABELS[c], c));
  }
  clientType(t: string): string {
    return this.add(IRI.clientType(t), () => concept(IRI.clientType(t), CLIENT_LABELS[t] ?? { lv: t }, t));
  }
  role(r: keyof typeof ROLES): string {
    return this.add(IRI.role(r), () => concept(IRI.role(r), ROLES[r], r));
  }
  evidenceType(t: 'document' | 'form'): string {
    return this.add(IRI.evidenceType(t), () =>
      concept(
        IRI.evidenceType(t),
        t === 'form' ? { lv: 'Veidlapa', en: 'Form' } : { lv: 'Dokuments', en: 'Document' },
        t,
      ),
    );
  }
  appeal(): string {
    return this.add(IRI.appeal, () =>
      concept(IRI.appeal, { lv: 'Apstrīdēšana un pārsūdzēšana', en: 'Contesting and appeal' }, 'appeal'),
    );
  }
  eur(): string {
    return this.add(IRI.eur, () => concept(IRI.eur, { lv: 'Eiro', en: 'Euro' }, 'EUR'));
  }
  status(s: 'published' | 'withdrawn'): string {
    return this.add(IRI.status[s], () =>
      concept(
        IRI.status[s],
        s === 'published' ? { lv: 'Spēkā', en: 'Completed' } : { lv: 'Atsaukts', en: 'Withdrawn' },
      ),
    );
  }
  language(l: 'lv' | 'en'): string {
    return this.add(IRI.language[l], () => ({ '@id': IRI.language[l], '@type': 'dct:LinguisticSystem' }));
  }
  page(url: string): string {
    return this.add(url, () => ({ '@id': url, '@type': 'foaf:Document' }));
  }
}

/** The service's own nodes (the service first, then its costs, channels, evidence …); shared ones go to `shared`. */
function serviceNodes(s: CpsvService, shared: Shared, baseUrl: string): Node[] {
  const c = s.content;
  const iri = serviceIri(baseUrl, s.identifier);
  const own: Node[] = [];
  const part = (suffix: string, type: string, props: Node): string => {
    own.push({ '@id': `${iri}#${suffix}`, '@type': type, 'dct:identifier': `${s.identifier}-${suffix}`, ...props });
    return `${iri}#${suffix}`;
  };
  const channelNode = new Map<Channel, string>();
  const channelOf = (ch: Channel, props: Node = {}) => {
    if (!channelNode.has(ch))
      channelNode.set(ch, part(`channel-${ch}`, 'cv:Channel', { 'dct:type': ref(shared.channel(ch)), ...props }));
    return channelNode.get(ch)!;
  };
  const offered = CHANNELS.filter((ch) => c.channels?.[ch]);
  const outputs: string[] = [];
  for (const ch of offered) {
    const steps = c.channels![ch]!;
    const hours = steps.workingHours
      ? {
          'cv:openingHours': ref(
            part(`hours-${ch}`, 'time:TemporalEntity', { 'dct:description': langs(steps.workingHours) }),
          ),
        }
      : {};
    channelOf(ch, { 'dct:description': langs(steps.request), ...hours });
    const label = CHANNEL_LABELS[ch];
    outputs.push(
      part(`result-${ch}`, 'cv:Output', {
        'dct:title': langs({
          lv: `Rezultāta saņemšana: ${label.lv.toLowerCase()}`,
          en: `Receiving the result: ${label.en!.toLowerCase()}`,
        }),
        'dct:description': langs(steps.receive),
        'dct:type': ref(shared.channel(ch)),
      }),
    );
  }
  const costs = (c.fees ?? []).map((fee, i) =>
    part(`cost-${i + 1}`, 'cv:Cost', {
      'cv:hasValue': { '@value': String(fee.amount), '@type': 'xsd:double' },
      'cv:currency': ref(shared.eur()),
      'dct:description': langs(fee.label),
      ...(fee.channel ? { 'cv:ifAccessedThrough': ref(channelOf(fee.channel)) } : {}),
    }),
  );
  const evidence = (kind: 'document' | 'form', list: ServiceContentIn['documents']) =>
    (list ?? []).map((d, i) =>
      part(`${kind}-${i + 1}`, 'cv:Evidence', {
        'dct:title': langs(d.title),
        'dct:type': ref(shared.evidenceType(kind)),
        ...(d.url ? { 'foaf:page': ref(shared.page(d.url)) } : {}),
      }),
    );
  const inputs = [...evidence('document', c.documents), ...evidence('form', c.forms)];
  const legal = (c.legalBasis ?? []).map((l, i) => {
    own.push({
      '@id': `${iri}#legal-${i + 1}`,
      '@type': 'eli:LegalResource',
      'dct:title': { '@value': l.title, '@language': 'lv' },
      ...(l.url ? { 'foaf:page': ref(shared.page(l.url)) } : {}),
    });
    return `${iri}#legal-${i + 1}`;
  });
  const rules = c.appeal
    ? [
        part('appeal', 'cpsv:Rule', {
          'dct:title': langs({ lv: 'Apstrīdēšanas un pārsūdzēšanas kārtība', en: 'How to contest or appeal' }),
          'dct:description': langs(c.appeal),
          'dct:type': ref(shared.appeal()),
        }),
      ]
    : [];
  const contacts = c.contacts ?? {};
  const contact =
    contacts.email || contacts.phone || contacts.website
      ? [
          part('contact', 'cv:ContactPoint', {
            ...(contacts.email ? { 'cv:email': contacts.email } : {}),
            ...(contacts.phone ? { 'cv:telephone': contacts.phone } : {}),
            ...(contacts.website ? { 'cv:contactPage': ref(shared.page(contacts.website)) } : {}),
          }),
        ]
      : [];
  const participants: [keyof typeof ROLES, string | null | undefined][] = [
    ['provider', c.providerId ?? s.holderId],
    ['request', c.stageProviders?.request],
    ['execution', c.stageProviders?.execution],
    ['resultDelivery', c.stageProviders?.resultDelivery],
  ];
  const participations = participants
    .filter((p): p is [keyof typeof ROLES, string] => !!p[1])
    .map(([role, orgId]) =>
      part(`participation-${role}`, 'cv:Participation', {
        'dct:description': langs(ROLES[role]),
        'cv:role': ref(shared.role(role)),
        'cv:hasParticipant': ref(shared.organisation(orgId)),
      }),
    );
  const spatial = c.coverage.wholeCountry
    ? [shared.latvia()]
    : (c.coverage.municipalityIds ?? []).map((id) => shared.territory(id));
  const many = (key: string, ids: string[]): Node => (ids.length > 0 ? { [key]: ids.map(ref) } : {});
  const service: Node = {
    '@id': iri,
    '@type': 'cpsv:PublicService',
    'dct:identifier': s.identifier,
    'dct:title': langs(c.name),
    'dct:description': langs(c.shortDescription),
    'cv:hasCompetentAuthority': ref(shared.organisation(s.holderId)),
    'dct:type': c.cofog.map((code) => ref(shared.cofog(code))),
    'dct:audience': ref(shared.clientType(c.clientType)),
    'dct:spatial': spatial.map(ref),
    'dct:language': [ref(shared.language('lv')), ...(c.name.en ? [ref(shared.language('en'))] : [])],
    'adms:status': ref(shared.status(s.status)),
    'dct:modified': { '@value': s.updatedAt, '@type': 'xsd:dateTime' },
    ...(c.maxTermWorkingDays
      ? { 'cv:processingTime': { '@value': `P${c.maxTermWorkingDays}D`, '@type': 'xsd:duration' } }
      : {}),
    ...many('cv:hasCost', costs),
    ...many(
      'cv:hasChannel',
      offered.map((ch) => channelNode.get(ch)!),
    ),
    ...many('cpsv:produces', outputs),
    ...many('cpsv:hasInput', inputs),
    ...many('cv:hasLegalResource', legal),
    ...many('cpsv:follows', rules),
    ...many('cv:contactPoint', contact),
    ...many('cv:hasParticipation', participations),
    [IRI.filableOnBehalf]: c.filableOnBehalf ?? false,
  };
  return [service, ...own];
}

/** One service, or a few, as a whole JSON-LD document. */
export function toCpsv(
  services: readonly CpsvService[],
  names: OrgNames,
  baseUrl: string,
): { '@context': typeof CONTEXT; '@graph': Node[] } {
  const shared = new Shared(names);
  const own = services.flatMap((s) => serviceNodes(s, shared, baseUrl));
  return { '@context': CONTEXT, '@graph': [...own, ...shared.nodes.values()] };
}

/**
 * The whole catalogue as text chunks of one JSON-LD document, batch by batch (20,000 services never sit in memory
 * as one object); shared nodes are written once, after the services.
 */
export async function* cpsvChunks(
  batches: AsyncIterable<{ services: CpsvService[]; names: OrgNames }>,
  baseUrl: string,
): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(CONTEXT)},"@graph":[`;
  let first = true;
  const written = new Set<string>();
  const pending: Node[] = [];
  for await (const batch of batches) {
    const shared = new Shared(batch.names);
    const nodes = batch.services.flatMap((s) => serviceNodes(s, shared, baseUrl));
    for (const [id, node] of shared.nodes) {
      if (!written.has(id)) {
        written.add(id);
        pending.push(node);
      }
    }
    if (nodes.length === 0) continue;
    yield (first ? '' : ',') + nodes.map((n) => JSON.stringify(n)).join(',');
    first = false;
  }
  if (pending.length > 0) yield (first ? '' : ',') + pending.map((n) => JSON.stringify(n)).join(',');
  yield ']}';
}
