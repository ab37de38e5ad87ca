import { Type, type Static } from 'typebox';
import type { Centre, Organisation } from '../platform/db/schema.ts';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';

export const ORGANISATION_KINDS = ['ministry', 'maintainer', 'institution', 'holder', 'municipality'] as const;

export const CentreSchema = Obj({
  id: Uuid('Centre id'),
  name: Type.String({ description: 'Name of the centre' }),
  kind: Nullable(StringEnum(['county', 'regional', 'national'] as const, 'Centre kind (CR-3)')),
});

export const OrganisationSchema = Obj({
  id: Uuid('Organisation id'),
  kind: StringEnum(ORGANISATION_KINDS, 'What the organisation is (CR-2.3 … CR-2.5)'),
  name: Type.String({ description: 'Full name' }),
  shortName: Nullable(Type.String({ description: 'Short name, e.g. VID' })),
  regNo: Nullable(Type.String({ description: 'Enterprise Register number' })),
  website: Nullable(Type.String({ description: 'Website' })),
  email: Nullable(Type.String({ description: 'E-mail (remote contact channel, DR-20.1)' })),
  phone: Nullable(Type.String({ description: 'Phone (remote contact channel)' })),
  eAddress: Nullable(Type.String({ description: 'Official e-address (remote contact channel)' })),
  centres: Type.Array(CentreSchema, { description: 'Centres the organisation runs (municipalities only)' }),
});
export type OrganisationOut = Static<typeof OrganisationSchema>;

export function presentCentre(c: Centre) {
  return { id: c.id, name: c.name, kind: c.kind };
}

export function presentOrganisation(o: Organisation, centres: Centre[]): OrganisationOut {
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
    centres: centres.filter((c) => c.municipality_id === o.id).map(presentCentre),
  };
}
