// Rules about the values of a service description that a schema cannot say: COFOG codes from the shipped list
// (SR-10.6), fees in whole cents, coverage either the whole country or listed municipalities (SR-10.8), and
// organisations that exist (provider SR-10.2, stage providers SR-14). Every refusal names its field; all of them
// are reported at once. Also normalises: trimmed text, no duplicate codes, the holder as default provider.
import type { FieldIssue } from '../platform/errors.ts';
import { ValidationError } from '../platform/errors.ts';
import { isCofogCode } from './cofog.ts';
import type { ServiceContentIn } from './content.ts';
import type { OrganisationKindRow } from './repository.ts';

type Text = { lv: string; en?: string | undefined };

function text<T extends Text | undefined>(t: T): T {
  if (!t) return t;
  const en = t.en?.trim();
  return { lv: t.lv.trim(), ...(en ? { en } : {}) } as T;
}

/** The organisations a description names, to look up in one query. */
export function organisationsNamed(c: ServiceContentIn): string[] {
  const ids = [
    c.providerId,
    c.stageProviders?.request,
    c.stageProviders?.execution,
    c.stageProviders?.resultDelivery,
    ...(c.coverage.municipalityIds ?? []),
  ];
  return [...new Set(ids.filter((id): id is string => !!id))];
}

export function checkContent(c: ServiceContentIn, organisations: readonly OrganisationKindRow[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const kindOf = new Map(organisations.map((o) => [o.id, o.kind]));
  if (c.name.lv.trim() === '') issues.push({ field: '/name/lv', code: 'field_required' });
  if (c.shortDescription.lv.trim() === '') issues.push({ field: '/shortDescription/lv', code: 'field_required' });
  // SR-10.6
  c.cofog.forEach((code, i) => {
    if (!isCofogCode(code)) issues.push({ field: `/cofog/${i}`, code: 'cofog_unknown', params: { code } });
  });
  (c.fees ?? []).forEach((fee, i) => {
    if (Math.abs(fee.amount * 100 - Math.round(fee.amount * 100)) > 1e-6)
      issues.push({ field: `/fees/${i}/amount`, code: 'fee_amount_cents' });
  });
  // SR-10.8
  const listed = c.coverage.municipalityIds ?? [];
  if (c.coverage.wholeCountry && listed.length > 0)
    issues.push({ field: '/coverage/municipalityIds', code: 'coverage_whole_or_listed' });
  if (!c.coverage.wholeCountry && listed.length === 0)
    issues.push({ field: '/coverage/municipalityIds', code: 'field_required' });
  listed.forEach((id, i) => {
    if (kindOf.get(id) !== 'municipality')
      issues.push({ field: `/coverage/municipalityIds/${i}`, code: 'coverage_not_municipality' });
  });
  const known = (id: string | null | undefined, field: string) => {
    if (id && !kindOf.has(id)) issues.push({ field, code: 'organisation_unknown' });
  };
  known(c.providerId, '/providerId');
  known(c.stageProviders?.request, '/stageProviders/request');
  known(c.stageProviders?.execution, '/stageProviders/execution');
  known(c.stageProviders?.resultDelivery, '/stageProviders/resultDelivery');
  return issues;
}

/** Throws a 400 naming every bad field; otherwise the content as it is stored. */
export function validContent(
  c: ServiceContentIn,
  holderId: string,
  organisations: readonly OrganisationKindRow[],
  prefix = '',
): ServiceContentIn {
  const issues = checkContent(c, organisations);
  if (issues.length > 0) throw new ValidationError(issues.map((i) => ({ ...i, field: `${prefix}${i.field}` })));
  const channels = Object.fromEntries(
    Object.entries(c.channels ?? {})
      .filter(([, ch]) => ch)
      .map(([k, ch]) => [
        k,
        {
          request: text(ch!.request),
          receive: text(ch!.receive),
          ...(ch!.workingHours ? { workingHours: text(ch!.workingHours) } : {}),
        },
      ]),
  );
  const doc = (d: { title: Text; url?: string | null | undefined }) => ({ title: text(d.title), url: d.url ?? null });
  return {
    name: text(c.name),
    shortDescription: text(c.shortDescription),
    fees: (c.fees ?? []).map((f) => ({
      label: text(f.label),
      amount: Math.round(f.amount * 100) / 100,
      channel: f.channel ?? null,
    })),
    // SR-10.2: the holder provides it unless it names another provider.
    providerId: c.providerId ?? holderId,
    contacts: {
      email: c.contacts?.email?.trim().toLowerCase() || null,
      phone: c.contacts?.phone?.trim() || null,
      website: c.contacts?.website ?? null,
    },
    documents: (c.documents ?? []).map(doc),
    forms: (c.forms ?? []).map(doc),
    channels,
    legalBasis: (c.legalBasis ?? []).map((l) => ({ title: l.title.trim(), url: l.url ?? null })),
    ...(c.appeal ? { appeal: text(c.appeal) } : {}),
    cofog: [...new Set(c.cofog)],
    clientType: c.clientType,
    coverage: c.coverage.wholeCountry
      ? { wholeCountry: true, municipalityIds: [] }
      : { wholeCountry: false, municipalityIds: [...new Set(c.coverage.municipalityIds)] },
    maxTermWorkingDays: c.maxTermWorkingDays ?? null,
    filableOnBehalf: c.filableOnBehalf ?? false,
    stageProviders: {
      request: c.stageProviders?.request ?? null,
      execution: c.stageProviders?.execution ?? null,
      resultDelivery: c.stageProviders?.resultDelivery ?? null,
    },
  };
}
