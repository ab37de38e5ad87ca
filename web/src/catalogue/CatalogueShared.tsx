// Shapes of the catalogue's API (src/catalogue/presenters.ts and the public and quality routes) and how its values
// read in the UI: amounts as "14,23 €", text in the reader's language with a lang attribute when it falls back to
// Latvian, COFOG functions by their names, channels and client types in words.
import type { ServiceContentIn } from '../../../src/catalogue/content.ts';
import type { ServiceDetailOut, ServiceSummaryOut, VersionOut } from '../../../src/catalogue/presenters.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import { useI18n } from '../i18n/context.tsx';
import { useApi } from '../useApi.ts';

export type { ServiceContentIn, ServiceDetailOut, ServiceSummaryOut, VersionOut };

export const CHANNELS = ['in_person', 'electronic', 'phone', 'post'] as const;
export const CLIENT_TYPES = ['anyone', 'natural_person', 'legal_person'] as const;
export type Channel = (typeof CHANNELS)[number];
export type ClientType = (typeof CLIENT_TYPES)[number];

export interface LangText {
  lv: string;
  en?: string | undefined;
}

export interface Named {
  id: string;
  name: string;
}

/** A hit of the public search (GET /api/v1/public/services). */
export interface PublicServiceSummary {
  id: string;
  identifier: string;
  status: string;
  name: LangText;
  shortDescription: LangText;
  holder: Named;
  cofog: string[];
  clientType: ClientType;
  channels: Channel[];
  coverage: { wholeCountry: boolean; municipalities: Named[] };
  updatedAt: string;
}

export interface PublicServiceList {
  total: number;
  items: PublicServiceSummary[];
}

/** One published service as the public reads it (GET /api/v1/public/services/:idOrIdentifier). */
export interface PublicService extends PublicServiceSummary {
  content: ServiceContentIn;
  provider: Named;
  stageProviders: { request: Named | null; execution: Named | null; resultDelivery: Named | null };
  publishedFrom: string;
  lastVerifiedOn: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  check: string;
  severity: Severity;
  /** JSON pointer into the content, e.g. "/name/en". */
  field: string;
  code: string;
  message: string;
}

export interface Quality {
  /** What was checked: the draft, the version in force, or the content sent. */
  version: 'draft' | 'published' | 'unsaved';
  score: number;
  findings: Finding[];
}

export interface CofogItem {
  code: string;
  level: 'division' | 'group';
  parent: string | null;
  nameEn: string;
  nameLv?: string;
}

/** The text in the reader's language, or the Latvian one (always there) marked as Latvian. */
export function inLang(lang: Lang, text: LangText | null | undefined): { text: string; lang?: 'lv' } {
  if (!text) return { text: '' };
  if (lang === 'en' && text.en) return { text: text.en };
  return lang === 'lv' ? { text: text.lv } : { text: text.lv, lang: 'lv' };
}

/** A text of the catalogue in the reader's language; a Latvian fallback on an English page says it is Latvian. */
export function Txt({ value }: { value: LangText | null | undefined }) {
  const { lang } = useI18n();
  const shown = inLang(lang, value);
  return shown.lang ? <span lang={shown.lang}>{shown.text}</span> : <>{shown.text}</>;
}

/** 14.23 → "14,23 €" in Latvian, "€14.23" in English. */
export function formatEur(lang: Lang, amount: number): string {
  const fixed = amount.toFixed(2);
  return lang === 'lv' ? `${fixed.replace('.', ',')}\u00a0€` : `€${fixed}`;
}

export function cofogName(lang: Lang, item: CofogItem): string {
  return lang === 'lv' && item.nameLv ? item.nameLv : item.nameEn;
}

/** The shipped COFOG classification (public), with a lookup by code. */
export function useCofog() {
  const loaded = useApi<{ items: CofogItem[] }>('/api/v1/cofog');
  const items = loaded.data?.items ?? [];
  return { items, byCode: new Map(items.map((i) => [i.code, i])), error: loaded.error };
}

export function cofogLabel(lang: Lang, byCode: Map<string, CofogItem>, code: string): string {
  const item = byCode.get(code);
  return item ? `${code} ${cofogName(lang, item)}` : code;
}

export function channelName(m: Messages, channel: Channel): string {
  return m.catalogue.channels[channel];
}

/** "Visā Latvijā" or the municipalities named. */
export function coverageText(m: Messages, coverage: { wholeCountry: boolean; municipalities: Named[] }): string {
  return coverage.wholeCountry
    ? m.catalogue.wholeCountry
    : coverage.municipalities.map((x) => x.name).join(', ') || '—';
}

/** A quality score as people read it: 91,5 in Latvian, 91.5 in English. */
export function formatScore(lang: Lang, score: number): string {
  const text = Number.isInteger(score) ? String(score) : score.toFixed(1);
  return lang === 'lv' ? text.replace('.', ',') : text;
}

/** Score as a tag: good (≥ 90), to improve (≥ 60) or poor, said in words and not only by colour. */
export function scoreClass(score: number): string {
  if (score >= 90) return 'tag tag--ok';
  if (score >= 60) return 'tag tag--off';
  return 'tag tag--bad';
}
