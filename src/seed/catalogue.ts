// Loads the catalogue's shipped entries: the minimal-basket services that AM-1.7 … AM-1.10 name
// (data/basket-services.json) on every start, and in demo mode a labelled demo catalogue (data/demo-catalogue.json).
// Each entry goes through the API's checks (the SR-10 schema, then validContent) and gets its identifier from the
// same sequence (SR-9). Only what is missing is added, by (holder, externalId): a holder's later edits, withdrawals
// and re-publications are never touched, and a second start adds nothing. One transaction per load, one audit
// event per service added (system actor "seed").
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import * as formats from 'ajv-formats';
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationIdsByName, organisationKinds } from '../organisations/index.ts';
import {
  hasServiceWithExternalId,
  insertShippedService,
  insertShippedVersion,
  nextIdentifier,
  organisationsNamed,
  searchTextOf,
  ServiceContent,
  type ServiceContentIn,
  type ServiceStatus,
  validContent,
} from '../catalogue/index.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { systemActor } from '../platform/access/actor.ts';
import { ValidationError } from '../platform/errors.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { referenceData } from './data.ts';
import { demoCentres } from './directory.ts';
import { loadShippedBasket } from './basket.ts';

/** One shipped service: its holder (a key of reference.json or demo-centres.json) and its SR-10 description. */
export interface SeedService {
  holder: string;
  /** The holder's own id of the service: "grozs-3.13" for the basket, "demo-…" for the demo catalogue. */
  externalId: string;
  /** Default published. A withdrawn one was published and then withdrawn. */
  status?: ServiceStatus;
  /** SR-11: the day the holder last confirmed it; absent: the day of loading; null: never. */
  lastVerifiedOn?: string | null;
  /** Keys of the municipalities it covers, for a description with coverage.wholeCountry false (SR-10.8). */
  municipalities?: string[];
  content: Omit<ServiceContentIn, 'coverage' | 'providerId' | 'stageProviders'> & {
    coverage: { wholeCountry: boolean };
  };
}

/** A basket entry also says which item of Annex 1 it is and which amendment made it so (AM-1.6 … AM-1.10). */
export interface BasketService extends SeedService {
  basketItem: string;
  basketText: string;
  inBasketSince: string;
  amendment: string;
  replaces?: string;
}

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

export function basketServices(): BasketService[] {
  return readData<{ services: BasketService[] }>('basket-services.json').services;
}

export function demoCatalogue(): SeedService[] {
  return readData<{ services: SeedService[] }>('demo-catalogue.json').services;
}

// The API's body validation (platform/http/validation.ts): exact types, unknown properties refused, formats checked.
const formatsModule = formats as unknown as { default?: (ajv: Ajv) => Ajv } & ((ajv: Ajv) => Ajv);
let checkSchema: ValidateFunction | undefined;

function schemaErrors(content: unknown): string | undefined {
  if (!checkSchema) {
    const ajv = new Ajv({ removeAdditional: false, allErrors: true, strict: false, coerceTypes: false });
    (formatsModule.default ?? formatsModule)(ajv);
    checkSchema = ajv.compile(ServiceContent);
  }
  return checkSchema(content) ? undefined : JSON.stringify(checkSchema.errors);
}

/** The organisations' ids by their shipped keys (reference.json and the demo municipalities), looked up by name. */
async function idsByKey(trx: Tx, withDemo: boolean): Promise<Map<string, string>> {
  const names = new Map(referenceData().organisations.map((o) => [o.key, o.name]));
  if (withDemo) for (const m of demoCentres().municipalities) names.set(m.key, m.name);
  const idByName = await organisationIdsByName(trx, [...names.values()]);
  const ids = new Map<string, string>();
  for (const [key, name] of names) {
    const id = idByName.get(name);
    if (id) ids.set(key, id);
  }
  return ids;
}

/**
 * Adds the services whose holder has none with that externalId yet; returns how many it added. An entry whose holder
 * or municipality is not in the database (renamed, or the demo directory not loaded) is skipped; a key the shipped
 * data does not know, or a description the API would refuse, is an error in the shipped data and stops the start.
 */
export async function loadSeedServices(
  db: Kysely<DB>,
  services: readonly SeedService[],
  options: { action: string; withDemo: boolean },
  now: Date,
): Promise<number> {
  const { action, withDemo } = options;
  const known = new Set([
    ...referenceData().organisations.map((o) => o.key),
    ...(withDemo ? demoCentres().municipalities.map((m) => m.key) : []),
  ]);
  for (const s of services) {
    for (const key of [s.holder, ...(s.municipalities ?? [])])
      if (!known.has(key)) throw new Error(`Shipped catalogue: ${s.externalId} names an unknown organisation ${key}`);
  }
  const today = rigaDate(now);
  return inTransaction(db, async (trx) => {
    const ids = await idsByKey(trx, withDemo);
    let added = 0;
    for (const s of services) {
      const holderId = ids.get(s.holder);
      const municipalityIds = (s.municipalities ?? []).map((key) => ids.get(key));
      if (!holderId || municipalityIds.some((id) => !id)) continue;
      if (await hasServiceWithExternalId(trx, holderId, s.externalId)) continue;
      const content: ServiceContentIn = {
        ...s.content,
        coverage: s.content.coverage.wholeCountry
          ? { wholeCountry: true }
          : { wholeCountry: false, municipalityIds: municipalityIds as string[] },
      };
      const stored = await checked(trx, s.externalId, content, holderId);
      const status = s.status ?? 'published';
      const identifier = await nextIdentifier(trx);
      const serviceId = await insertShippedService(trx, {
        identifier,
        holder_id: holderId,
        external_id: s.externalId,
        status,
        name_lv: stored.name.lv,
        last_verified_on: status === 'draft' ? null : s.lastVerifiedOn === undefined ? today : s.lastVerifiedOn,
        created_at: now,
        updated_at: now,
      });
      // Version 1: in force since now (published), a draft, or published 90 days ago and withdrawn now.
      const publishedFrom =
        status === 'published' ? now : status === 'withdrawn' ? new Date(`${addDays(today, -90)}T09:00:00Z`) : null;
      await insertShippedVersion(trx, {
        service_id: serviceId,
        number: 1,
        content: JSON.stringify(stored),
        name_lv: stored.name.lv,
        created_by: null,
        created_at: publishedFrom ?? now,
        updated_at: now,
        published_from: publishedFrom,
        published_to: status === 'withdrawn' ? now : null,
        search_text: searchTextOf(identifier, stored),
      });
      await recordAudit(
        trx,
        { actor: systemActor('seed') },
        {
          action,
          entityType: 'service',
          entityId: serviceId,
          organisationId: holderId,
          after: { identifier, externalId: s.externalId, status, name: stored.name.lv },
        },
      );
      added++;
    }
    return added;
  });
}

/** The schema, then the same value rules as the API (SR-10); refusals name the entry and the fields. */
async function checked(
  trx: Tx,
  externalId: string,
  content: ServiceContentIn,
  holderId: string,
): Promise<ServiceContentIn> {
  const errors = schemaErrors(content);
  if (errors) throw new Error(`Shipped catalogue: ${externalId} does not match the SR-10 schema: ${errors}`);
  try {
    return validContent(content, holderId, await organisationKinds(trx, organisationsNamed(content)));
  } catch (error) {
    if (error instanceof ValidationError)
      throw new Error(`Shipped catalogue: ${externalId} is refused: ${JSON.stringify(error.fields)}`);
    throw error;
  }
}

/** CR-8, AM-1.6 … AM-1.10: the basket services the sources name, as published entries of their institutions. */
export function loadBasketCatalogue(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  return loadSeedServices(db, basketServices(), { action: 'seed.basket_service', withDemo: false }, now);
}

/** Demo mode: the labelled demo catalogue (after the demo centres, whose municipalities hold some of it). */
export function loadDemoCatalogue(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  return loadSeedServices(db, demoCatalogue(), { action: 'seed.demo_service', withDemo: true }, now);
}

/** What start-up calls: the basket always, the demo catalogue only in demo mode. */
export async function loadShippedCatalogue(
  db: Kysely<DB>,
  options: { demo: boolean },
  now: Date = new Date(),
): Promise<{ basket: number; demo: number }> {
  const basket = await loadBasketCatalogue(db, now);
  // The basket's shipped history links the services just loaded (once, into an empty basket).
  await loadShippedBasket(db);
  const demo = options.demo ? await loadDemoCatalogue(db, now) : 0;
  return { basket, demo };
}
