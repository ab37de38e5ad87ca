// The shapes in which people, grants and sessions leave the API. No row reaches JSON without passing here.
import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../platform/db/schema.ts';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';

export const RoleSchema = StringEnum(ROLES, 'Role');

export const GrantSummarySchema = Obj({
  role: RoleSchema,
  organisationId: Uuid('Organisation of the scope'),
  organisationName: Type.String({ description: 'Name of that organisation' }),
  centreId: Nullable(Uuid('Centre the scope is narrowed to, if any')),
  centreName: Nullable(Type.String({ description: 'Name of that centre' })),
  validUntil: Nullable(Type.String({ description: 'Last day of a fixed-term grant (YYYY-MM-DD); null when permanent' })),
});

export const MeSchema = Obj({
  user: Nullable(
    Obj({
      id: Uuid('User id'),
      name: Type.String({ description: 'Name and surname' }),
      email: Type.String({ description: 'E-mail' }),
      organisationId: Uuid('Organisation the user works for'),
      organisationName: Type.String({ description: 'Its name' }),
    }),
  ),
  grants: Type.Array(GrantSummarySchema, { description: 'Roles in force today' }),
  csrfToken: Type.String({ description: 'Send it back in the X-CSRF-Token header of every write' }),
});
export type Me = Static<typeof MeSchema>;
