// Request shapes of people administration. Each is the single source of validation, type and OpenAPI.
import { Type, type Static } from 'typebox';
import { Email, IsoDate, Nullable, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { RoleSchema } from './presenters.ts';

export const IdParams = Obj({ id: Uuid('Record id') });
export type IdIn = Static<typeof IdParams>;

export const GrantInSchema = Obj({
  role: RoleSchema,
  organisationId: Type.Optional(
    Uuid("Organisation of the scope; defaults to the user's (or the centre's municipality)"),
  ),
  centreId: Type.Optional(
    Nullable(Uuid('Centre to narrow the scope to; required for centre_head and centre_employee')),
  ),
  validFrom: Type.Optional(IsoDate('First day (YYYY-MM-DD); defaults to today in Riga; not in the past')),
  validUntil: Type.Optional(Nullable(IsoDate('Last day of a fixed term (YYYY-MM-DD); absent or null: permanent'))),
});
export type GrantIn = Static<typeof GrantInSchema>;

const Name = Str('Name and surname', 200, { minLength: 1 });
const Phone = Str('Phone', 50);
const Position = Str('Position', 200);

export const CreateUserBody = Obj({
  email: Email('Login e-mail; the invitation goes there (stored lower-case)'),
  name: Name,
  phone: Type.Optional(Phone),
  position: Type.Optional(Position),
  organisationId: Uuid('Organisation the user works for'),
  grants: Type.Optional(Type.Array(GrantInSchema, { maxItems: 10, description: 'Roles to grant at once' })),
});
export type CreateUserIn = Static<typeof CreateUserBody>;

export const UpdateUserBody = Obj({
  name: Type.Optional(Name),
  phone: Type.Optional(Nullable(Phone)),
  position: Type.Optional(Nullable(Position)),
  status: Type.Optional(StringEnum(['active', 'disabled'] as const, 'disabled: cannot log in, sessions end at once')),
});
export type UpdateUserIn = Static<typeof UpdateUserBody>;

export const ListUsersQuery = Obj({
  q: Type.Optional(Str('Part of the name or e-mail (case and diacritics ignored)', 200)),
  organisationId: Type.Optional(Uuid('Only users of this organisation')),
  ...PageQuery,
});
export type ListUsersIn = Static<typeof ListUsersQuery>;

export const CreateTokenBody = Obj({
  name: Str('What the token is for (the calling system)', 200, { minLength: 1 }),
  role: RoleSchema,
  organisationId: Uuid('Organisation of the scope (with a centre: its municipality)'),
  centreId: Type.Optional(Nullable(Uuid('Centre to narrow the scope to'))),
  expiresOn: IsoDate('Last day the token works (YYYY-MM-DD, Riga): after today, at most 2 years ahead'),
});
export type CreateTokenIn = Static<typeof CreateTokenBody>;
