// The shapes in which access applications leave the API; rows become JSON only here. 'overdue' is decided from the
// Riga "today" the service gives, never stored. The signature block always says it was not validated.
import { Type, type Static } from 'typebox';
import { DocumentMetaSchema, type DocumentMeta } from '../documents/index.ts';
import { Instant, IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { SignatureInfo } from './signature.ts';
import type { ApplicationRow, EmployeeRow } from './tables.ts';
import { ACTIONS, STATUSES, TERMS } from './schemas.ts';

const Text = (description: string) => Type.String({ description });

export const SignerSchema = Obj(
  {
    name: Nullable(Text("The signer's name as the certificate (CN) or the PDF (/Name) gives it")),
    serialNumber: Nullable(Text("The certificate subject's serialNumber (a personal code: PNOLV-…)")),
    subject: Nullable(Text("The certificate's whole subject, one attribute per line")),
    issuer: Nullable(Text("The certificate's issuer, one attribute per line")),
    signingTime: Nullable(Text('The signing time the file claims, as written')),
    timeStamped: Type.Boolean({ description: 'A time stamp is present in the file (not checked)' }),
  },
  { description: 'One signer, as the file says' },
);

export const SignatureSchema = Obj(
  {
    format: StringEnum(['asice', 'pdf', 'other'] as const, 'The kind of file'),
    signers: Type.Array(SignerSchema, { description: 'The signers that could be read (may be empty)' }),
    validated: Type.Literal(false, {
      description: 'Always false: the signature cannot be checked here (not validated against the trust list)',
    }),
  },
  { description: 'Who signed the application, as read from the file — never a claim that it is valid' },
);

export const EmployeeSchema = Obj(
  {
    name: Text('Name and surname'),
    email: Text('E-mail'),
    phone: Text('Phone'),
    position: Text('Position'),
    workplace: Text('Centre or institution'),
    term: StringEnum(TERMS, 'fixed or permanent'),
    validUntil: Nullable(IsoDate('Last day of a fixed term')),
    userId: Nullable(Uuid('The account, after an approved application')),
    grantId: Nullable(Uuid('The admin grant created (grant applications)')),
    revokedGrants: Nullable(Type.Integer({ description: 'Admin grants revoked (revoke applications)' })),
  },
  { description: 'One employee of the application' },
);

const Ref = (what: string) => Obj({ id: Uuid(`${what} id`), name: Text(`${what} name`) }, { description: what });

const summaryFields = {
  id: Uuid('Application id'),
  number: Text('Application number (PT-YYYY-NNNN)'),
  organisation: Obj(
    { id: Uuid('Organisation id'), name: Text('Name'), kind: Text('municipality, institution or holder') },
    { description: 'The applying organisation' },
  ),
  action: StringEnum(ACTIONS, 'grant or revoke'),
  status: StringEnum(STATUSES, 'submitted (waiting for the decision), approved or rejected'),
  employeeCount: Type.Integer({ description: 'How many employees it lists' }),
  receivedOn: IsoDate('The day it was received (the DR-20.2 clock starts)'),
  decisionDue: IsoDate('DR-20.2: decided by this day (3 working days)'),
  overdue: Type.Boolean({ description: 'Undecided past its due date in Riga time' }),
  decidedOn: Nullable(IsoDate('The day it was decided')),
  onboardingDue: Nullable(IsoDate('DR-21.2 / DR-22.2: the organisation confirms the terms and channels by this day')),
  termsAcceptedOn: Nullable(IsoDate('The day the organisation accepted the terms and confirmed its channels')),
};

export const ApplicationSummarySchema = Obj(summaryFields, { description: 'An access application in a list' });

export const ApplicationDetailSchema = Obj(
  {
    ...summaryFields,
    employees: Type.Array(EmployeeSchema, { description: 'The employees, in the order given' }),
    document: Nullable(DocumentMetaSchema),
    signature: SignatureSchema,
    note: Nullable(Text('Note to the ministry')),
    submittedAt: Instant('When it was submitted'),
    submittedBy: Nullable(Ref('Submitter')),
    decidedBy: Nullable(Ref('Decider')),
    rejectionReason: Nullable(Text('Why it was rejected')),
    channels: Obj(
      {
        email: Nullable(Text('E-mail')),
        phone: Nullable(Text('Phone')),
        eAddress: Nullable(Text('E-address')),
        website: Nullable(Text('Website')),
      },
      { description: "The organisation's remote channels (as confirmed, or as its record has them now)" },
    ),
  },
  { description: 'An access application with its employees and signature' },
);

export type ApplicationSummary = Static<typeof ApplicationSummarySchema>;
export type ApplicationDetail = Static<typeof ApplicationDetailSchema>;
export type Channels = ApplicationDetail['channels'];

export type ApplicationListRow = ApplicationRow & {
  organisation_name: string;
  organisation_kind: string;
  employee_count: number;
};

export function presentSummary(row: ApplicationListRow, today: string): ApplicationSummary {
  return {
    id: row.id,
    number: row.number,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    action: row.action,
    status: row.status,
    employeeCount: Number(row.employee_count),
    receivedOn: row.received_on,
    decisionDue: row.decision_due,
    overdue: row.status === 'submitted' && row.decision_due < today,
    decidedOn: row.decided_on,
    onboardingDue: row.onboarding_due,
    termsAcceptedOn: row.terms_accepted_on,
  };
}

export function presentEmployee(e: EmployeeRow): Static<typeof EmployeeSchema> {
  return {
    name: e.name,
    email: e.email,
    phone: e.phone,
    position: e.job_title,
    workplace: e.workplace,
    term: e.valid_until === null ? 'permanent' : 'fixed',
    validUntil: e.valid_until,
    userId: e.user_id,
    grantId: e.grant_id,
    revokedGrants: e.revoked_grants,
  };
}

export function presentDetail(
  row: ApplicationListRow,
  extra: {
    employees: EmployeeRow[];
    document: DocumentMeta | null;
    names: Map<string, string>;
    channels: Channels;
    today: string;
  },
): ApplicationDetail {
  const ref = (id: string | null) => (id === null ? null : { id, name: extra.names.get(id) ?? '' });
  return {
    ...presentSummary(row, extra.today),
    employees: extra.employees.map(presentEmployee),
    document: extra.document,
    signature: row.signature as SignatureInfo,
    note: row.note,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: ref(row.submitted_by),
    decidedBy: ref(row.decided_by),
    rejectionReason: row.rejection_reason,
    channels: (row.channels_confirmed as Channels | null) ?? extra.channels,
  };
}
