// An organisation's directory entry as a form. A maintainer edits every field; an organisation's own admin only
// its website and remote contact channels (DR-20.1), the rest is shown as text.
import { useState, type FormEvent } from 'react';
import { type ApiResponse, fieldError, type Item } from '../api.ts';
import { allOf } from '../api/enums.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { Messages } from '../i18n/messages.ts';

/**
 * GET /api/v1/organisations/{id}: its `version` counts changes of the entry's own fields (and its calendar choice),
 * a contact person's its own; each is sent as If-Match to change them.
 */
export type Organisation = ApiResponse<'getOrganisation'>;
export type ContactPerson = Item<Organisation['contacts']>;
export type OrganisationKind = Organisation['kind'];
export const ORGANISATION_KINDS = allOf<OrganisationKind>({
  ministry: true,
  maintainer: true,
  institution: true,
  holder: true,
  municipality: true,
  association: true,
});

/** The entry's fields a form sends, as the entry has them: the starting point and the other version of a conflict. */
export function organisationFields(o: Organisation, keys: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(keys.map((k) => [k, (o as unknown as Record<string, string | null>)[k] ?? null]));
}

const IDENTITY = ['name', 'shortName', 'regNo'] as const;
const CHANNELS = ['website', 'email', 'phone', 'eAddress'] as const;
type Key = (typeof IDENTITY)[number] | (typeof CHANNELS)[number] | 'kind';

export function kindLabel(m: Messages, kind: OrganisationKind): string {
  return m.directory.kinds[kind];
}

interface Props {
  id: string;
  organisation?: Organisation;
  /** Identity fields (kind, name, short name, registration number) too: a maintainer. */
  identity: boolean;
  submitLabel: string;
  onSubmit(body: Record<string, string | null>): Promise<void>;
}

export function OrganisationForm({ id, organisation, identity, submitLabel, onSubmit }: Props) {
  const { m } = useI18n();
  const [form, setForm] = useState<Record<Key, string>>(() => ({
    kind: organisation?.kind ?? '',
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    regNo: organisation?.regNo ?? '',
    website: organisation?.website ?? '',
    email: organisation?.email ?? '',
    phone: organisation?.phone ?? '',
    eAddress: organisation?.eAddress ?? '',
  }));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const keys: Key[] = identity ? ['kind', ...IDENTITY, ...CHANNELS] : [...CHANNELS];
  const fields: FieldMap = Object.fromEntries(
    keys.map((k) => [`/${k}`, { id: `${id}-${k}`, label: m.directory.fields[k] }]),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: Record<string, string | null> = Object.fromEntries(keys.map((k) => [k, form[k].trim() || null]));
    if (identity && !organisation && !body.kind) delete body.kind;
    try {
      await onSubmit(body);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: Exclude<Key, 'kind'>, type = 'text', optional = true) => (
    <TextField
      id={`${id}-${key}`}
      label={m.directory.fields[key]}
      type={type}
      value={form[key]}
      onChange={(v) => setForm((f) => ({ ...f, [key]: v }))}
      error={fieldError(error, `/${key}`)}
      optional={optional}
    />
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={fields} />
      {identity && (
        <>
          <SelectField
            id={`${id}-kind`}
            label={m.directory.fields.kind}
            value={form.kind}
            onChange={(v) => setForm((f) => ({ ...f, kind: v }))}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(m, k) }))}
            placeholder={m.common.choose}
            error={fieldError(error, '/kind')}
          />
          {text('name', 'text', false)}
          {text('shortName')}
          <TextField
            id={`${id}-regNo`}
            label={m.directory.fields.regNo}
            hint={m.directory.regNoHint}
            inputMode="numeric"
            value={form.regNo}
            onChange={(v) => setForm((f) => ({ ...f, regNo: v }))}
            error={fieldError(error, '/regNo')}
            optional
          />
        </>
      )}
      {text('website', 'url')}
      {text('email', 'email')}
      {text('phone', 'tel')}
      {text('eAddress')}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
