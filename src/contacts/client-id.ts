// A contact's client: a natural person by personal code or a legal person by registration number, validated as in
// ../shared/reference/identifiers.md, stored as 11 digits, and shown masked (a personal code is personal data).
import type { ClientKind } from './tables.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { isValidRegNo } from '../organisations/index.ts';
import { maskPersonalCode, normalisePersonalCode, personalCodeProblem } from '../platform/identifiers/personal-code.ts';

export interface ClientIn {
  personalCode?: string | undefined;
  regNo?: string | undefined;
}

export interface Client {
  kind: ClientKind;
  code: string;
}

/** The client from the request, or the field issues naming what is wrong (under `pointer`, e.g. /client). */
export function parseClient(input: ClientIn, pointer = '/client'): { client?: Client; issues: FieldIssue[] } {
  const { personalCode, regNo } = input;
  if (personalCode !== undefined && regNo !== undefined) {
    return { issues: [{ field: `${pointer}/regNo`, code: 'contact_client_one_identifier' }] };
  }
  if (personalCode !== undefined) {
    const code = normalisePersonalCode(personalCode);
    const problem = code === undefined ? 'format' : personalCodeProblem(code);
    if (problem || !code)
      return { issues: [{ field: `${pointer}/personalCode`, code: `personal_code_${problem ?? 'format'}` }] };
    return { client: { kind: 'natural_person', code }, issues: [] };
  }
  if (regNo !== undefined) {
    const code = regNo.trim();
    if (!/^\d{11}$/.test(code)) return { issues: [{ field: `${pointer}/regNo`, code: 'field_pattern' }] };
    if (!isValidRegNo(code)) return { issues: [{ field: `${pointer}/regNo`, code: 'field_reg_no_checksum' }] };
    return { client: { kind: 'legal_person', code }, issues: [] };
  }
  return { issues: [{ field: pointer, code: 'contact_client_identifier_required' }] };
}

/** How a client is shown: a personal code masked, a registration number (public in the Enterprise Register) in full. */
export function shownIdentifier(client: Client): string {
  return client.kind === 'natural_person' ? maskPersonalCode(client.code) : client.code;
}
