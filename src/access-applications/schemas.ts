// Request shapes of access applications (CR-22 as amended by AM-1.4; Annex 2 as amended by AM-1.11). Each is the single
// source of validation, type and OpenAPI.
import { Type, type Static } from 'typebox';
import { Email, IsoDate, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';

export const ACTIONS = ['grant', 'revoke'] as const;
export const STATUSES = ['submitted', 'approved', 'rejected'] as const;
export const TERMS = ['fixed', 'permanent'] as const;

export const IdParams = Obj({ id: Uuid('Application id') });
export type IdIn = Static<typeof IdParams>;

const text = (description: string, max: number) => Str(description, max, { minLength: 1 });

export const EmployeeInSchema = Obj(
  {
    name: text('Vārds un uzvārds: name and surname', 200),
    email: Email('E-pasta adrese: the set-password link goes there (DR-20.2)'),
    phone: text('Tālruņa numurs: phone', 50),
    position: text('Amats: position', 200),
    workplace: text('Vienotā klientu apkalpošanas centra nosaukums/iestāde: the centre or institution', 300),
    term: StringEnum(TERMS, 'Termiņš (AM-1.11 note 2): fixed (with validUntil) or permanent'),
    validUntil: Type.Optional(IsoDate('Last day of a fixed term (YYYY-MM-DD); not for permanent rights')),
  },
  { description: 'One employee of Annex 2' },
);
export type EmployeeIn = Static<typeof EmployeeInSchema>;

export const SubmitBody = Obj({
  organisationId: Uuid('The applying organisation (municipality, institution or holder) — one you administer'),
  action: StringEnum(ACTIONS, 'piešķirt/anulēt: grant or revoke admin-level access'),
  employees: Type.Array(EmployeeInSchema, { minItems: 1, maxItems: 50, description: 'The employees (Annex 2)' }),
  documentId: Uuid('The signed application (POST /api/v1/documents): an eDoc/ASiC-E container or a signed PDF'),
  note: Type.Optional(Str('A note to the ministry', 2000)),
});
export type SubmitIn = Static<typeof SubmitBody>;

export const DECISIONS = ['approve', 'reject'] as const;

export const DecisionBody = Obj({
  decision: StringEnum(DECISIONS, 'approve: grant or revoke the access as applied for; reject: refuse it'),
  reason: Type.Optional(Str('Why it is rejected (required to reject; the applicant sees it)', 2000)),
});
export type DecisionIn = Static<typeof DecisionBody>;

export const ConfirmBody = Obj({
  acceptTerms: Type.Literal(true, { description: 'DR-21.2, DR-22.2: the cooperation terms are accepted' }),
  channelsConfirmed: Type.Literal(true, {
    description: "DR-21.2, DR-22.2: the organisation's remote channels shown on the application are correct",
  }),
});
export type ConfirmIn = Static<typeof ConfirmBody>;

export const ListQuery = Obj({
  status: Type.Optional(StringEnum(STATUSES, 'Only applications in this state')),
  ...PageQuery,
});
export type ListIn = Static<typeof ListQuery>;
