// The service editor's form state and how it becomes the API's SR-10 content and back. Inputs hold text (an
// amount as "14,23"); what does not read as a number is sent as typed, so the API refuses it naming the field.
// Every input's id follows its JSON pointer ("/fees/0/amount" → "svc-fees-0-amount"), so the API's field errors
// and the quality findings find their place on screen.
import type { Messages } from '../i18n/messages.ts';
import { CHANNELS, type Channel, type ClientType, type LangText, type ServiceContentIn } from './CatalogueShared.tsx';

export interface Pair {
  lv: string;
  en: string;
}
export interface FeeRow {
  label: Pair;
  amount: string;
  channel: Channel | '';
}
export interface DocRow {
  title: Pair;
  url: string;
}
export interface LegalRow {
  title: string;
  url: string;
}
export interface ChannelPart {
  offered: boolean;
  request: Pair;
  receive: Pair;
  workingHours: Pair;
}
export type StageKey = 'request' | 'execution' | 'resultDelivery';
export const STAGES: StageKey[] = ['request', 'execution', 'resultDelivery'];

export interface ServiceForm {
  name: Pair;
  shortDescription: Pair;
  fees: FeeRow[];
  providerId: string;
  contacts: { email: string; phone: string; website: string };
  documents: DocRow[];
  forms: DocRow[];
  channels: Record<Channel, ChannelPart>;
  legalBasis: LegalRow[];
  appeal: Pair;
  cofog: string[];
  clientType: ClientType | '';
  wholeCountry: boolean;
  municipalityIds: string[];
  maxTermWorkingDays: string;
  filableOnBehalf: boolean;
  stageProviders: Record<StageKey, string>;
}

const pair = (t?: LangText | null): Pair => ({ lv: t?.lv ?? '', en: t?.en ?? '' });
const emptyChannel = (): ChannelPart => ({ offered: false, request: pair(), receive: pair(), workingHours: pair() });
export const emptyFee = (): FeeRow => ({ label: pair(), amount: '', channel: '' });
export const emptyDoc = (): DocRow => ({ title: pair(), url: '' });
export const emptyLegal = (): LegalRow => ({ title: '', url: '' });

export function emptyForm(): ServiceForm {
  return {
    name: pair(),
    shortDescription: pair(),
    fees: [],
    providerId: '',
    contacts: { email: '', phone: '', website: '' },
    documents: [],
    forms: [],
    channels: Object.fromEntries(CHANNELS.map((c) => [c, emptyChannel()])) as Record<Channel, ChannelPart>,
    legalBasis: [],
    appeal: pair(),
    cofog: [],
    clientType: '',
    wholeCountry: true,
    municipalityIds: [],
    maxTermWorkingDays: '',
    filableOnBehalf: false,
    stageProviders: { request: '', execution: '', resultDelivery: '' },
  };
}

/** The stored content as the form shows it; the holder as provider shows as "the holder itself". */
export function formFrom(c: ServiceContentIn, holderId: string): ServiceForm {
  const form = emptyForm();
  for (const channel of CHANNELS) {
    const part = c.channels?.[channel];
    if (part)
      form.channels[channel] = {
        offered: true,
        request: pair(part.request),
        receive: pair(part.receive),
        workingHours: pair(part.workingHours),
      };
  }
  const doc = (d: { title: LangText; url?: string | null }) => ({ title: pair(d.title), url: d.url ?? '' });
  return {
    ...form,
    name: pair(c.name),
    shortDescription: pair(c.shortDescription),
    fees: (c.fees ?? []).map((f) => ({
      label: pair(f.label),
      amount: String(f.amount).replace('.', ','),
      channel: f.channel ?? '',
    })),
    providerId: c.providerId && c.providerId !== holderId ? c.providerId : '',
    contacts: { email: c.contacts?.email ?? '', phone: c.contacts?.phone ?? '', website: c.contacts?.website ?? '' },
    documents: (c.documents ?? []).map(doc),
    forms: (c.forms ?? []).map(doc),
    legalBasis: (c.legalBasis ?? []).map((l) => ({ title: l.title, url: l.url ?? '' })),
    appeal: pair(c.appeal),
    cofog: [...c.cofog],
    clientType: c.clientType,
    wholeCountry: c.coverage.wholeCountry,
    municipalityIds: [...(c.coverage.municipalityIds ?? [])],
    maxTermWorkingDays: c.maxTermWorkingDays ? String(c.maxTermWorkingDays) : '',
    filableOnBehalf: c.filableOnBehalf ?? false,
    stageProviders: {
      request: c.stageProviders?.request ?? '',
      execution: c.stageProviders?.execution ?? '',
      resultDelivery: c.stageProviders?.resultDelivery ?? '',
    },
  };
}

/** Latvian is required where the field is; English only when written. */
function text(p: Pair): LangText {
  const en = p.en.trim();
  return { lv: p.lv.trim(), ...(en ? { en } : {}) };
}
const optionalText = (p: Pair): LangText | undefined => (p.lv.trim() || p.en.trim() ? text(p) : undefined);
const orNull = (value: string): string | null => value.trim() || null;

/** "14,23" → 14.23; anything else is sent as typed (the API names the field). */
function amountOf(value: string): number {
  const normal = value.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : (value as unknown as number);
}

function termOf(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}

export function contentOf(f: ServiceForm): ServiceContentIn {
  const channels: NonNullable<ServiceContentIn['channels']> = {};
  for (const channel of CHANNELS) {
    const part = f.channels[channel];
    if (!part.offered) continue;
    const hours = optionalText(part.workingHours);
    channels[channel] = {
      request: text(part.request),
      receive: text(part.receive),
      ...(hours ? { workingHours: hours } : {}),
    };
  }
  const doc = (d: DocRow) => ({ title: text(d.title), url: orNull(d.url) });
  const appeal = optionalText(f.appeal);
  const stageProviders = Object.fromEntries(
    STAGES.filter((s) => f.stageProviders[s]).map((s) => [s, f.stageProviders[s]]),
  );
  return {
    name: text(f.name),
    shortDescription: text(f.shortDescription),
    fees: f.fees.map((fee) => ({ label: text(fee.label), amount: amountOf(fee.amount), channel: fee.channel || null })),
    ...(f.providerId ? { providerId: f.providerId } : {}),
    contacts: { email: orNull(f.contacts.email), phone: orNull(f.contacts.phone), website: orNull(f.contacts.website) },
    documents: f.documents.map(doc),
    forms: f.forms.map(doc),
    channels,
    legalBasis: f.legalBasis.map((l) => ({ title: l.title.trim(), url: orNull(l.url) })),
    ...(appeal ? { appeal } : {}),
    cofog: f.cofog,
    clientType: (f.clientType || undefined) as ClientType,
    coverage: f.wholeCountry ? { wholeCountry: true } : { wholeCountry: false, municipalityIds: f.municipalityIds },
    maxTermWorkingDays: termOf(f.maxTermWorkingDays),
    filableOnBehalf: f.filableOnBehalf,
    ...(Object.keys(stageProviders).length ? { stageProviders } : {}),
  };
}

/** The id of the input for a JSON pointer. */
export function idOf(pointer: string): string {
  return `svc${pointer.replace(/\//g, '-')}`;
}

/** Every pointer the form shows an input (or a group) for: a message about anything deeper lands at the nearest one. */
export function pointersOf(f: ServiceForm): Set<string> {
  const out = [
    '/holderId',
    '/externalId',
    '/providerId',
    '/contacts/email',
    '/contacts/phone',
    '/contacts/website',
    '/cofog',
    '/clientType',
    '/coverage/wholeCountry',
    '/coverage/municipalityIds',
    '/maxTermWorkingDays',
    '/filableOnBehalf',
  ];
  const pairs = (base: string) => out.push(`${base}/lv`, `${base}/en`);
  pairs('/name');
  pairs('/shortDescription');
  pairs('/appeal');
  out.push('/fees', '/documents', '/forms', '/legalBasis');
  f.fees.forEach((_, i) => {
    pairs(`/fees/${i}/label`);
    out.push(`/fees/${i}/amount`, `/fees/${i}/channel`);
  });
  for (const list of ['documents', 'forms'] as const) {
    f[list].forEach((_, i) => {
      pairs(`/${list}/${i}/title`);
      out.push(`/${list}/${i}/url`);
    });
  }
  for (const i of f.legalBasis.keys()) out.push(`/legalBasis/${i}/title`, `/legalBasis/${i}/url`);
  for (const channel of CHANNELS) {
    out.push(`/channels/${channel}`);
    if (!f.channels[channel].offered) continue;
    for (const part of ['request', 'receive', 'workingHours']) pairs(`/channels/${channel}/${part}`);
  }
  for (const stage of STAGES) out.push(`/stageProviders/${stage}`);
  return new Set(out);
}

/**
 * The nearest pointer with a place on screen: itself, else its first input ("/name" → "/name/lv", "/contacts" →
 * "/contacts/email"), else the nearest enclosing one ("/cofog/2" → "/cofog"); undefined for the whole description.
 */
export function placeOf(pointer: string, known: Set<string>): string | undefined {
  if (known.has(pointer)) return pointer;
  for (const k of known) if (k.startsWith(`${pointer}/`)) return k;
  let p = pointer;
  while (p && !known.has(p)) p = p.slice(0, p.lastIndexOf('/'));
  return p || undefined;
}

/** A field's name in words for the summaries: "Maksa 2 — summa (EUR)". */
export function labelOf(m: Messages, pointer: string): string {
  const e = m.catalogue.editor;
  const parts = pointer.split('/').filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const fields = e.fields as Record<string, string>;
    const items = e.items as Record<string, string>;
    const channels = m.catalogue.channels as Record<string, string>;
    if (/^\d+$/.test(part)) {
      const list = parts[i - 1] ?? '';
      words[words.length - 1] = `${items[list] ?? fields[list] ?? list} ${Number(part) + 1}`;
    } else if (part === 'lv' || part === 'en') words.push(e.langs[part]);
    else if (parts[0] === 'stageProviders' && i === 1) words.push(e.stages[part as StageKey] ?? part);
    else words.push(fields[part] ?? channels[part] ?? part);
  }
  return words.join(' — ');
}
