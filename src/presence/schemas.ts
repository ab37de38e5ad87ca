// Request shapes of presence: the single source of validation, type and OpenAPI.
import { Type, type Static } from 'typebox';
import { IsoDate, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { DayIn } from '../centres/index.ts';
import { NOTICE_KINDS } from './tables.ts';

export const CentreParams = Obj({ id: Uuid('Centre id') });
export const InstitutionParams = Obj({ id: Uuid('Institution (organisation) id') });
export const NoticeParams = Obj({ id: Uuid('Notice id') });

const Person = (description: string) =>
  Obj(
    {
      position: Str('Position', 200, { minLength: 1 }),
      name: Str('Name', 100, { minLength: 1 }),
      surname: Str('Surname', 100, { minLength: 1 }),
    },
    { description },
  );

export const NoticeBody = Obj({
  institutionId: Uuid('The institution sending the notice (its officer receives at the centre)'),
  kind: StringEnum(
    NOTICE_KINDS,
    'assignment: an officer starts (CR-19.1); hours_change: new reception hours (CR-19.2); absence: an absence without a ' +
      'substitute (CR-19.3); substitution: a substitute receives (CR-19.4)',
  ),
  officer: Type.Optional(Person('The officer assigned (required for an assignment), or the absent one')),
  substitute: Type.Optional(Person('CR-19.4: the substitute (required for a substitution, only then)')),
  from: IsoDate('The first day: the officer starts, the hours apply, the absence or substitution begins'),
  until: Type.Optional(IsoDate('The last day of an absence or substitution (inclusive)')),
  days: Type.Optional(
    Type.Array(DayIn, { maxItems: 7, description: 'hours_change only: the new weekly reception hours' }),
  ),
  reason: Type.Optional(
    Str(
      'Why the absent officer cannot be replaced: required for an absence (CR-19.3); for a change of hours it ' +
        'invokes CR-19.2’s exception (no five days’ notice)',
      500,
      { minLength: 1 },
    ),
  ),
  workplaceNeeds: Type.Optional(Str('CR-20.5, CR-20.6: what the officer’s workplace needs', 1000, { minLength: 1 })),
});
export type NoticeIn = Static<typeof NoticeBody>;

export const BriefingBody = Obj({
  safetyBriefedOn: Type.Optional(
    IsoDate('CR-19.5, CR-20.4: the day the officer was told the safety, fire and premises rules (not after today)'),
  ),
  safetyBriefedBy: Type.Optional(
    Str('CR-19.5, CR-20.4: who told them (position, name, surname); required with the first day given', 300, {
      minLength: 1,
    }),
  ),
  workplaceNeeds: Type.Optional(Str('CR-20.5, CR-20.6: what the officer’s workplace needs', 1000, { minLength: 1 })),
});
export type BriefingIn = Static<typeof BriefingBody>;

export const RangeQuery = Obj({
  from: Type.Optional(IsoDate('First day (default: today in Europe/Riga)')),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 31, description: 'How many days (default 7)' })),
});
export type RangeIn = Static<typeof RangeQuery>;

export const MonthQuery = Obj({
  month: Type.Optional(Str('The month, YYYY-MM (default: the previous month)', 7, { pattern: '^[0-9]{4}-[0-9]{2}$' })),
});

export const HeadBody = Obj({
  name: Str('The head’s name', 100, { minLength: 1 }),
  surname: Str('The head’s surname', 100, { minLength: 1 }),
  from: IsoDate('The first day the head heads the centre'),
  decision: Type.Optional(
    Str('The municipality’s decision or order appointing the head (number, date)', 300, { minLength: 1 }),
  ),
});
export type HeadIn = Static<typeof HeadBody>;
