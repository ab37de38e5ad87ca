// Request shapes of the organisations directory: the single source of validation, type and OpenAPI.
import { Type, type Static } from 'typebox';
import { Email, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { ORGANISATION_KINDS } from './presenters.ts';

export const OrganisationParams = Obj({ id: Uuid('Organisation id') });
export const ContactParams = Obj({ id: Uuid('Organisation id'), contactId: Uuid('Contact person id') });

/** A web address people can open: http(s) only (no javascript: or data: links). */
export const WebAddress = (description: string) => Str(description, 300, { format: 'uri', pattern: '^https?://' });
export const Phone = (description: string) => Str(description, 50, { pattern: '^[0-9+()\\- ]{3,50}$' });
/** Official e-address identifier (e-adrese), as the e-address catalogue shows it. */
export const EAddress = Str('Official e-address (DR-20.1), e.g. _DEFAULT@90009115622', 100, { minLength: 3 });

const channels = {
  website: Type.Optional(Nullable(WebAddress('Website (http or https)'))),
  email: Type.Optional(Nullable(Email('E-mail (remote contact channel, DR-20.1)'))),
  phone: Type.Optional(Nullable(Phone('Phone (remote contact channel, DR-20.1)'))),
  eAddress: Type.Optional(Nullable(EAddress)),
};

const Name = Str('Full name', 300, { minLength: 1 });
const ShortName = Str('Short name, e.g. VID', 50, { minLength: 1 });
const RegNo = Str('Enterprise Register number: 11 digits with a valid checksum', 11, { pattern: '^[0-9]{11}$' });
const Kind = StringEnum(ORGANISATION_KINDS, 'What the organisation is (CR-2.3 … CR-2.5)');

export const CreateOrganisationBody = Obj({
  kind: Kind,
  name: Name,
  shortName: Type.Optional(Nullable(ShortName)),
  regNo: Type.Optional(Nullable(RegNo)),
  ...channels,
});
export type CreateOrganisationIn = Static<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = Obj({
  kind: Type.Optional(Kind),
  name: Type.Optional(Name),
  shortName: Type.Optional(Nullable(ShortName)),
  regNo: Type.Optional(Nullable(RegNo)),
  ...channels,
});
export type UpdateOrganisationIn = Static<typeof UpdateOrganisationBody>;

const person = {
  position: Type.Optional(Nullable(Str('Position', 200))),
  email: Type.Optional(Nullable(Email('E-mail'))),
  phone: Type.Optional(Nullable(Phone('Phone'))),
};

export const CreateContactBody = Obj({ name: Str('Name and surname', 200, { minLength: 1 }), ...person });
export type CreateContactIn = Static<typeof CreateContactBody>;

export const UpdateContactBody = Obj({
  name: Type.Optional(Str('Name and surname', 200, { minLength: 1 })),
  ...person,
});
export type UpdateContactIn = Static<typeof UpdateContactBody>;
