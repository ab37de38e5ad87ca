// Test helpers of authorised e-services (not loaded by the app): a published catalogue service that may (or may
// not) be filed on a client's behalf, valid step inputs, a whole workflow in one call, and a PDF's text.
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { App } from '../platform/http/app-type.ts';
import type { DB } from '../db.ts';
import { serviceContent } from '../catalogue/test-fixtures.ts';
import { buildUser, organisationId, type FactoryContext } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { STEP_NAMES } from './steps.ts';

export const CLIENT = { name: 'Ģirts Ķēniņš-Žaķis', personalCode: '120190-12342', masked: '120190-1****' };
export const ADDRESS = 'Lāčplēša iela 7, Mežciems, Šķilbēnu pag., Balvu nov., LV-4587';

let maintainer: Session | undefined;

/** A service of VSAA, published unless told otherwise; DR-29's flag as given. */
export async function buildService(
  ctx: FactoryContext & { app: App },
  options: { filable?: boolean; publish?: boolean; name?: string } = {},
): Promise<{ id: string; identifier: string }> {
  const { app, db } = ctx;
  maintainer ??= await login(app, (await buildUser(ctx, { role: 'maintainer' })).email);
  const name = options.name ?? 'Pieteikums bērna kopšanas pabalstam';
  const created = await maintainer.request('POST', '/api/v1/services', {
    holderId: await organisationId(db, 'VSAA'),
    ...serviceContent({
      name: { lv: name, en: 'Childcare benefit application' },
      clientType: 'natural_person',
      filableOnBehalf: options.filable ?? true,
    }),
  });
  assert.equal(created.status, 201, created.body);
  if (options.publish !== false) {
    const published = await maintainer.request('POST', `/api/v1/services/${created.json.id}/transitions`, {
      to: 'published',
    });
    assert.equal(published.status, 200, published.body);
  }
  return { id: created.json.id, identifier: created.json.identifier };
}

/** Forgets the cached maintainer session (after the test clock moved past its expiry). */
export function forgetSessions(): void {
  maintainer = undefined;
}

/** A valid input for every step (the identity document valid until the given day). */
export function stepInputs(today: string): Record<string, unknown> {
  return {
    identity: {
      name: CLIENT.name,
      personalCode: CLIENT.personalCode,
      document: { type: 'passport', number: 'LV1234567', validUntil: '2030-05-31' },
    },
    portal_identification: { means: 'eparaksts_mobile', confirmed: true },
    data_use_informed: { confirmed: true },
    authorisation_signed: { bothCopiesSigned: true, centreCopyArchived: true, archiveReference: '2.6/15' },
    filed: { filingReference: 'LVP-2026-000123', dataConfirmed: true },
    completion_time_told: { plannedCompletionOn: today },
    delivery: { eAddressActivated: false, channel: 'post', postalAddress: ADDRESS },
    result_told: { asked: true, toldOn: today },
    completed: {},
  };
}

/** Takes the steps from the record's next one up to and including `until`, asserting each succeeds; the last answer. */
export async function takeSteps(
  session: Session,
  id: string,
  until: string,
  today: string,
  overrides: Record<string, unknown> = {},
) {
  const inputs = { ...stepInputs(today), ...overrides };
  const current = await session.request('GET', `/api/v1/authorised-eservices/${id}`);
  assert.equal(current.status, 200, current.body);
  let last = current;
  for (const step of STEP_NAMES.slice(STEP_NAMES.indexOf(current.json.nextStep))) {
    last = await session.request('POST', `/api/v1/authorised-eservices/${id}/steps/${step}`, inputs[step]);
    assert.equal(last.status, 200, `${step}: ${last.body}`);
    if (step === until) break;
  }
  return last;
}

/** Starts one at the session's centre. */
export async function start(session: Session, centreId: string, serviceId: string): Promise<string> {
  const res = await session.request('POST', '/api/v1/authorised-eservices', { centreId, serviceId });
  assert.equal(res.status, 201, res.body);
  return res.json.id;
}

/** The text of each page, as a PDF reader extracts it (Mozilla's pdf.js). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

export function countRows(
  db: Kysely<DB>,
  table: 'authorised_eservices' | 'authorised_eservice_steps' | 'authorised_eservice_clients' | 'audit_events',
) {
  return db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}
