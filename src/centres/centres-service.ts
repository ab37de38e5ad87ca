// Reading, creating and changing centres (DR-10 … DR-13). Every write starts with one scope check that answers not found
// outside the caller's scope, runs in a transaction and writes its audit event with the centre before and after.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { versionConflict } from '../platform/db/versions.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { rigaDate } from '../platform/time.ts';
import { findOrganisation } from '../organisations/index.ts';
import * as repo from './repository.ts';
import { loadCentre } from './load.ts';
import {
  presentCentreDetail,
  presentCentreSummary,
  type CentreDetailOut,
  type CentreSummaryOut,
} from './presenters.ts';
import { actionsFor, can, canChangeAnything, canCreateCentreIn, rightsOf, type CentreScope } from './policy.ts';
import { clean } from './input.ts';
import { CONTACT_FIELDS, type CreateCentreIn, type ListCentresIn, type UpdateCentreIn } from './schemas.ts';
import { facilityValues } from './facilities.ts';

type Q = Kysely<DB> | Tx;

export async function listCentres(deps: Deps, query: ListCentresIn): Promise<CentreSummaryOut[]> {
  const rows = await repo.listCentreRows(deps.db, {
    municipalityId: query.municipalityId,
    kind: query.kind,
    text: query.q?.trim() || undefined,
  });
  return rows.sort((a, b) => lvCompare(a.name, b.name)).map(presentCentreSummary);
}

/** The centre as the staff API shows it to this caller (with the caller's rights and next steps). */
export async function centreDetail(
  q: Q,
  actor: Actor,
  id: string,
  today: string,
): Promise<CentreDetailOut | undefined> {
  const data = await loadCentre(q, id);
  if (!data) return undefined;
  return presentCentreDetail(data, today, rightsOf(actor, data.row), actionsFor(actor, data.row));
}

export async function getCentre(deps: Deps, actor: Actor, id: string): Promise<CentreDetailOut> {
  const centre = await centreDetail(deps.db, actor, id, rigaDate(deps.now()));
  if (!centre) throw new NotFoundError();
  return centre;
}

/** What an audit event keeps of a centre: its own fields (points and reception hours have their own events). */
export function auditView(c: CentreDetailOut) {
  const { points: _p, reception: _r, rights: _rights, actions: _a, ...rest } = c;
  return rest;
}

/** The centre if the caller may change something in it; not found otherwise. */
export async function centreInScope(deps: Deps, actor: Actor, id: string): Promise<repo.CentreRow & CentreScope> {
  const row = await repo.findCentreRow(deps.db, id);
  if (!row || !canChangeAnything(actor, row)) throw new NotFoundError();
  return row;
}

/** CR-20.3: the head of centre is a user of the centre's municipality. */
async function checkHead(q: Q, headUserId: string | null | undefined, municipalityId: string): Promise<void> {
  if (!headUserId) return;
  if (!(await repo.findUserOf(q, headUserId, municipalityId)))
    throw ValidationError.field('/headUserId', 'centre_head_not_in_municipality');
}

function valuesOf(input: UpdateCentreIn): Partial<repo.CentreValues> {
  if (input.name !== undefined && input.name.trim() === '') throw ValidationError.field('/name', 'field_required');
  const v: Partial<repo.CentreValues> = {};
  if (input.name !== undefined) v.name = input.name.trim();
  if (input.kind !== undefined) v.kind = input.kind;
  if (input.placeName !== undefined) v.place_name = clean(input.placeName);
  if (input.placeLevel !== undefined) v.place_level = input.placeLevel;
  if (input.headUserId !== undefined) v.head_user_id = input.headUserId;
  if (input.email !== undefined) v.email = clean(input.email)?.toLowerCase() ?? null;
  if (input.phone !== undefined) v.phone = clean(input.phone);
  if (input.eAddress !== undefined) v.e_address = clean(input.eAddress);
  if (input.website !== undefined) v.website = clean(input.website);
  return { ...v, ...facilityValues(input) };
}

/** A new centre starts as planned; it opens with the lifecycle's "open" step. */
export async function createCentre(deps: Deps, input: CreateCentreIn, context: AuditContext): Promise<CentreDetailOut> {
  const municipality = await findOrganisation(deps.db, input.municipalityId);
  if (!municipality) throw ValidationError.field('/municipalityId', 'organisation_unknown');
  if (municipality.kind !== 'municipality')
    throw ValidationError.field('/municipalityId', 'organisation_not_municipality');
  if (!canCreateCentreIn(context.actor, municipality.id))
    throw ValidationError.field('/municipalityId', 'scope_not_allowed');
  const values = valuesOf(input);
  await checkHead(deps.db, input.headUserId, municipality.id);
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertCentre(
      trx,
      municipality.id,
      { ...values, name: values.name!, status: 'planned' },
      deps.now(),
    );
    const after = (await centreDetail(trx, context.actor, id, today))!;
    await recordAudit(trx, context, {
      action: 'centre.create',
      entityType: 'centre',
      entityId: id,
      organisationId: municipality.id,
      after: auditView(after),
    });
    return after;
  });
}

/**
 * A maintainer or the municipality's admin change everything; the head of centre only the contacts (else forbidden). Only
 * over the version the editor read (If-Match): two people changing one centre cannot overwrite each other unseen.
 */
export async function updateCentre(
  deps: Deps,
  id: string,
  input: UpdateCentreIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<CentreDetailOut> {
  const actor = context.actor;
  const row = await centreInScope(deps, actor, id);
  const given = (Object.keys(input) as (keyof UpdateCentreIn)[]).filter((k) => input[k] !== undefined);
  const allowed = (field: keyof UpdateCentreIn) =>
    (CONTACT_FIELDS as readonly string[]).includes(field)
      ? can(actor, 'edit_contacts', row)
      : can(actor, 'edit_details', row);
  const refused = given.filter((f) => !allowed(f));
  if (refused.length > 0)
    throw new ForbiddenError(
      'field_not_editable',
      {},
      refused.map((f) => ({ field: `/${f}`, code: 'field_not_editable' as const })),
    );
  const values = valuesOf(input);
  await checkHead(deps.db, input.headUserId, row.municipality_id);
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    await repo.lockCentre(trx, id);
    const before = (await centreDetail(trx, actor, id, today))!;
    if (!(await repo.updateCentre(trx, id, values, deps.now(), expected)))
      throw await versionConflict(trx, 'centres', id);
    const after = (await centreDetail(trx, actor, id, today))!;
    await recordAudit(trx, context, {
      action: 'centre.update',
      entityType: 'centre',
      entityId: id,
      organisationId: row.municipality_id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
