// The shapes in which organisations, their contact persons and (in brief) their centres leave the API.
import { Type, type Static } from 'typebox';
import type { Centre } from '../centres/lookups.ts';
import type { Organisation, OrganisationContact } from './tables.ts';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';

export const ORGANISATION_KINDS = [
  'ministry',
  'maintainer',
  'institution',
  'holder',
  'municipality',
  'association',
] as const;
export const CENTRE_KINDS = ['county', 'regional', 'national'] as const;
export const CENTRE_STATUS_VALUES = ['planned', 'operating', 'liquidation_decided', 'closed'] as const;

const Text = (description: string) => Type.String({ description });

export const CentreSchema = Obj({
  id: Uuid('Centre id'),
  name: Text('Name of the centre'),
  kind: Nullable(StringEnum(CENTRE_KINDS, 'Centre kind (CR-3)')),
  status: StringEnum(CENTRE_STATUS_VALUES, 'Lifecycle status (DR-10, DR-12)'),
});

export const ContactPersonSchema = Obj(
  {
    id: Uuid('Contact person id'),
    name: Text('Name and surname'),
    position: Nullable(Text('Position')),
    email: Nullable(Text('E-mail')),
    phone: Nullable(Text('Phone')),
    version: Type.Integer({
      description: 'Counts changes of the contact person; send it as If-Match ("3") to change or remove it',
    }),
  },
  { description: 'A contact person of the organisation' },
);
export type ContactPersonOut = Static<typeof ContactPersonSchema>;

export const OrganisationSchema = Obj({
  id: Uuid('Organisation id'),
  kind: StringEnum(ORGANISATION_KINDS, 'What the organisation is (CR-2.3 … CR-2.5)'),
  name: Text('Full name'),
  shortName: Nullable(Text('Short name, e.g. VID')),
  regNo: Nullable(Text('Enterprise Register number')),
  website: Nullable(Text('Website')),
  email: Nullable(Text('E-mail (remote contact channel, DR-20.1)')),
  phone: Nullable(Text('Phone (remote contact channel)')),
  eAddress: Nullable(Text('Official e-address (remote contact channel)')),
  followsCabinetTransfers: Type.Boolean({
    description:
      'Applies the Cabinet transfers of working days (binding on state institutions; a municipality may opt out)',
  }),
  contacts: Type.Array(ContactPersonSchema, { description: 'Contact persons, in the order they were added' }),
  centres: Type.Array(CentreSchema, { description: 'Centres the organisation runs (municipalities only)' }),
  version: Type.Integer({
    description:
      "Counts changes of the entry's own fields (contact persons have their own); also the ETag: send it as If-Match to change the entry or its calendar choice",
  }),
});
export type OrganisationOut = Static<typeof OrganisationSchema>;

export function presentCentre(c: Centre) {
  return { id: c.id, name: c.name, kind: c.kind, status: c.status };
}

export function presentContact(c: OrganisationContact): ContactPersonOut {
  return { id: c.id, name: c.name, position: c.position, email: c.email, phone: c.phone, version: c.version };
}

export function presentOrganisation(
  o: Organisation,
  centres: Centre[],
  contacts: OrganisationContact[],
): OrganisationOut {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    shortName: o.short_name,
    regNo: o.reg_no,
    website: o.website,
    email: o.email,
    phone: o.phone,
    eAddress: o.e_address,
    followsCabinetTransfers: o.follows_cabinet_transfers,
    contacts: contacts.filter((c) => c.organisation_id === o.id).map(presentContact),
    centres: centres.filter((c) => c.municipality_id === o.id).map(presentCentre),
    version: o.version,
  };
}
