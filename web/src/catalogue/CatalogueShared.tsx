// Shapes of the catalogue's API (derived from the generated schema) and how its values read in the UI: amounts as
// "14,23 €", text in the reader's language with a lang attribute when it falls back to Latvian, COFOG functions by
// their names, channels and client types in words.
import type { ApiBody, ApiResponse, Item, ItemOf } from '../api.ts';
import { allOf } from '../api/enums.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';

/** A service's description as the editor sends it (PUT /api/v1/services/{id}/draft). */
export type ServiceContentIn = ApiBody<'updateServiceDraft'>;
/** GET /api/v1/services/{id}. */
export type ServiceDetailOut = ApiResponse<'getService'>;
/** GET /api/v1/services. */
export type ServiceSummaryOut = ItemOf<'listServices'>;
/** GET /api/v1/services/{id}/versions. */
export type VersionOut = ItemOf<'listServiceVersions'>;

/** A hit of the public search (GET /api/v1/public/services). */
export type PublicServiceSummary = ItemOf<'listPublicServices'>;
export type PublicServiceList = ApiResponse<'listPublicServices'>;
/** One published service as the public reads it (GET /api/v1/public/services/{idOrIdentifier}). */
export type PublicService = ApiResponse<'getPublicService'>;
export type LangText = PublicServiceSummary['name'];
export type Named = PublicServiceSummary['holder'];
export type Channel = Item<PublicServiceSummary['channels']>;
export type ClientType = PublicServiceSummary['clientType'];

export const CHANNELS = allOf<Channel>({ in_person: true, electronic: true, phone: true, post: true });
export const CLIENT_TYPES = allOf<ClientType>({ anyone: true, natural_person: true, legal_person: true });

/** GET /api/v1/services/{id}/quality: `version` says what was checked (draft, version in force, content sent). */
export type Quality = ApiResponse<'getServiceQuality'>;
/** `field` is a JSON pointer into the content, e.g. "/name/en". */
export type Finding = Item<Quality['findings']>;
export type Severity = Finding['severity'];

/** GET /api/v1/cofog. */
export type CofogItem = ItemOf<'listCofog'>;

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
  return shown.lang ? <span lang={shown.lang}>{shown.text}</span> : shown.text;
}

export function cofogName(lang: Lang, item: CofogItem): string {
  return lang === 'lv' && item.nameLv ? item.nameLv : item.nameEn;
}

/** The shipped COFOG classification (public), with a lookup by code. */
export function useCofog() {
  const loaded = useGet('/api/v1/cofog');
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

/** Score as a tag: good (≥ 90), to improve (≥ 60) or poor, said in words and not only by colour. */
export function scoreClass(score: number): string {
  if (score >= 90) return 'tag tag--ok';
  if (score >= 60) return 'tag tag--off';
  return 'tag tag--bad';
}
