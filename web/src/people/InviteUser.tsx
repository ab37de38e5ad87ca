// Inviting a new user: their details, their organisation and, optionally, a first role. The API sends the
// invitation e-mail with a set-password link; the page then opens the new user.
import { useState, type FormEvent } from 'react';
import { type ApiBody, client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { effectiveGrant, emptyGrant, grantBody, GrantFields, grantFieldMap } from './GrantFields.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { sortByName } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { grantableRoles } from '../shared/roles.ts';
import { navigate } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGrantableOrganisations } from './useOrganisations.ts';

export function InviteUserPage() {
  const { m } = useI18n();
  const { roles } = useSession();
  const { announce } = useStatus();
  const { organisations, error: loadError } = useGrantableOrganisations();
  const [person, setPerson] = useState({ email: '', name: '', phone: '', position: '', organisationId: '' });
  const [withGrant, setWithGrant] = useState(true);
  const [grant, setGrant] = useState(emptyGrant());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof person>) => setPerson({ ...person, ...patch });
  const organisationId = person.organisationId || (organisations.length === 1 ? (organisations[0]?.id ?? '') : '');
  const grantValue = effectiveGrant(grant, organisations, organisationId);
  const err = (field: string) => fieldError(error, `/${field}`);

  const fields: FieldMap = {
    '/name': { id: 'invite-name', label: m.users.name },
    '/email': { id: 'invite-email', label: m.users.email },
    '/phone': { id: 'invite-phone', label: m.users.phone },
    '/position': { id: 'invite-position', label: m.users.position },
    '/organisationId': { id: 'invite-org', label: m.users.organisation },
    ...grantFieldMap(m, 'invite-grant', '/grants/0'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = {
      email: person.email.trim(),
      name: person.name.trim(),
      ...(person.phone.trim() ? { phone: person.phone.trim() } : {}),
      ...(person.position.trim() ? { position: person.position.trim() } : {}),
      ...(organisationId ? { organisationId } : {}),
      ...(withGrant ? { grants: [grantBody(grantValue)] } : {}),
    };
    try {
      // A field left empty is left out: the API names it in its field errors, shown at the field.
      const user = await client.POST('/api/v1/users', { body: body as ApiBody<'createUser'> });
      announce(fill(m.invite.sent, { email: user.email }), { keepOnNavigation: true });
      navigate(`/users/${user.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Page title={m.invite.title}>
      <p>{m.invite.intro}</p>
      <ErrorSummary error={error ?? loadError} fields={fields} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="invite-name"
          label={m.users.name}
          autoComplete="off"
          value={person.name}
          onChange={(name) => set({ name })}
          error={err('name')}
          required
        />
        <TextField
          id="invite-email"
          label={m.users.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={person.email}
          onChange={(email) => set({ email })}
          error={err('email')}
          required
        />
        <TextField
          id="invite-phone"
          label={m.users.phone}
          type="tel"
          optional
          value={person.phone}
          onChange={(phone) => set({ phone })}
          error={err('phone')}
        />
        <TextField
          id="invite-position"
          label={m.users.position}
          optional
          value={person.position}
          onChange={(position) => set({ position })}
          error={err('position')}
        />
        <SelectField
          id="invite-org"
          label={m.users.organisation}
          value={organisationId}
          placeholder={organisations.length === 1 ? undefined : m.common.choose}
          options={sortByName(organisations, (o) => o.name).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => set({ organisationId: id })}
          error={err('organisationId')}
        />
        <div className="checkbox">
          <input
            id="invite-with-grant"
            type="checkbox"
            checked={withGrant}
            onChange={(e) => setWithGrant(e.target.checked)}
          />
          <label htmlFor="invite-with-grant">{m.invite.withGrant}</label>
        </div>
        {withGrant && (
          <fieldset className="fieldset fieldset--group">
            <legend>{m.grant.title}</legend>
            <GrantFields
              id="invite-grant"
              pointer="/grants/0"
              value={grantValue}
              onChange={setGrant}
              organisations={organisations}
              roles={grantableRoles(roles)}
              error={error}
            />
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {m.invite.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
