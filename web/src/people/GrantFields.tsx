// Choosing a role, its scope (an organisation and, for centre roles, one of its centres) and its term
// (fixed-term with a last day, or permanent — AM-1.11). Used to grant a role and when inviting a user.
import { fieldError } from '../api.ts';
import { sortByName } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { CENTRE_ROLES, fitsRole, type Role } from '../shared/roles.ts';
import type { OrganisationOut } from '../types.ts';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import type { Messages } from '../i18n/messages.ts';

export interface GrantDraft {
  role: Role | '';
  organisationId: string;
  centreId: string;
  term: 'fixed' | 'permanent';
  validFrom: string;
  validUntil: string;
}

export const emptyGrant = (organisationId = ''): GrantDraft => ({
  role: '',
  organisationId,
  centreId: '',
  term: 'fixed',
  validFrom: '',
  validUntil: '',
});

/** Organisations that can hold the role (the API refuses others; centre roles need a municipality with a centre). */
export function choicesFor(role: Role | '', organisations: OrganisationOut[]): OrganisationOut[] {
  const centreRole = CENTRE_ROLES.includes(role as Role);
  return organisations.filter((o) => fitsRole(role, o.kind) && (!centreRole || o.centres.length > 0));
}

/** The draft with its organisation settled: the one chosen, else `fallback`, else the only possible one. */
export function effectiveGrant(draft: GrantDraft, organisations: OrganisationOut[], fallback = ''): GrantDraft {
  const choices = choicesFor(draft.role, organisations);
  const fits = (id: string) => id !== '' && choices.some((o) => o.id === id);
  const organisationId = fits(draft.organisationId)
    ? draft.organisationId
    : fits(fallback)
      ? fallback
      : choices.length === 1
        ? (choices[0]?.id ?? '')
        : '';
  return { ...draft, organisationId };
}

/** The request body of one grant; empty choices are left out so that the API names them as missing. */
export function grantBody(d: GrantDraft) {
  return {
    ...(d.role ? { role: d.role } : {}),
    ...(d.organisationId ? { organisationId: d.organisationId } : {}),
    ...(d.centreId && CENTRE_ROLES.includes(d.role as Role) ? { centreId: d.centreId } : {}),
    ...(d.validFrom ? { validFrom: d.validFrom } : {}),
    validUntil: d.term === 'permanent' ? null : d.validUntil || undefined,
  };
}

export function grantFieldMap(m: Messages, id: string, pointer: string): FieldMap {
  return {
    [`${pointer}/role`]: { id: `${id}-role`, label: m.grant.role },
    [`${pointer}/organisationId`]: { id: `${id}-org`, label: m.grant.organisation },
    [`${pointer}/centreId`]: { id: `${id}-centre`, label: m.grant.centre },
    [`${pointer}/validFrom`]: { id: `${id}-from`, label: m.grant.validFrom },
    [`${pointer}/validUntil`]: { id: `${id}-until`, label: m.grant.validUntil },
  };
}

interface Props {
  id: string;
  /** JSON pointer of this grant in the request ("" or "/grants/0"), to place the API's field errors. */
  pointer: string;
  value: GrantDraft;
  onChange(value: GrantDraft): void;
  organisations: OrganisationOut[];
  roles: Role[];
  error: unknown;
  /** Tokens have an expiry date of their own instead of a term. */
  withTerm?: boolean;
}

export function GrantFields({ id, pointer, value, onChange, organisations, roles, error, withTerm = true }: Props) {
  const { m } = useI18n();
  const set = (patch: Partial<GrantDraft>) => onChange({ ...value, ...patch });
  const centreRole = CENTRE_ROLES.includes(value.role as Role);
  const choices = choicesFor(value.role, organisations);
  const organisation = organisations.find((o) => o.id === value.organisationId);
  const err = (field: string) => fieldError(error, `${pointer}/${field}`);
  return (
    <>
      <SelectField
        id={`${id}-role`}
        label={m.grant.role}
        value={value.role}
        placeholder={m.common.choose}
        options={roles.map((r) => ({ value: r, label: m.roles[r] }))}
        onChange={(role) => set({ role: role as Role, centreId: '' })}
        error={err('role')}
      />
      <SelectField
        id={`${id}-org`}
        label={m.grant.organisation}
        value={value.organisationId}
        placeholder={choices.length === 1 ? undefined : m.common.choose}
        options={sortByName(choices, (o) => o.name).map((o) => ({ value: o.id, label: o.name }))}
        onChange={(organisationId) => set({ organisationId, centreId: '' })}
        error={err('organisationId')}
      />
      {centreRole && (
        <SelectField
          id={`${id}-centre`}
          label={m.grant.centre}
          value={value.centreId}
          placeholder={m.common.choose}
          options={sortByName(organisation?.centres ?? [], (c) => c.name).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(centreId) => set({ centreId })}
          error={err('centreId')}
        />
      )}
      {withTerm && (
        <>
          <fieldset className="fieldset">
            <legend>{m.grant.term}</legend>
            <div className="radios">
              {(['fixed', 'permanent'] as const).map((term) => (
                <label key={term} className="radio">
                  <input
                    type="radio"
                    name={`${id}-term`}
                    value={term}
                    checked={value.term === term}
                    onChange={() => set({ term })}
                  />
                  {term === 'fixed' ? m.grant.fixed : m.grant.permanent}
                </label>
              ))}
            </div>
            {value.term === 'fixed' && (
              <TextField
                id={`${id}-until`}
                label={m.grant.validUntil}
                type="date"
                value={value.validUntil}
                onChange={(validUntil) => set({ validUntil })}
                error={err('validUntil')}
                required
              />
            )}
          </fieldset>
          <TextField
            id={`${id}-from`}
            label={m.grant.validFrom}
            hint={m.grant.validFromHint}
            optional
            type="date"
            value={value.validFrom}
            onChange={(validFrom) => set({ validFrom })}
            error={err('validFrom')}
          />
        </>
      )}
    </>
  );
}
