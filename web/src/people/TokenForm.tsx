// Creating an API token: a name, a role and scope, and the last day it works.
import { useState, type FormEvent } from 'react';
import { type ApiBody, client, fieldError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { grantableRoles } from '../shared/roles.ts';
import { useSession } from '../app/session.tsx';
import { useGrantableOrganisations } from './useOrganisations.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { effectiveGrant, emptyGrant, grantBody, GrantFields, grantFieldMap } from './GrantFields.tsx';

export function TokenForm({ onCreated }: { onCreated(secret: string): void }) {
  const { m } = useI18n();
  const { roles } = useSession();
  const { organisations, error: loadError } = useGrantableOrganisations();
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [scope, setScope] = useState(emptyGrant());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const scopeValue = effectiveGrant(scope, organisations);

  const fields: FieldMap = {
    '/name': { id: 'token-name', label: m.tokens.name },
    '/expiresOn': { id: 'token-expires', label: m.tokens.expires },
    ...grantFieldMap(m, 'token', ''),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const { validUntil: _term, ...grant } = grantBody(scopeValue);
    try {
      // A field left empty is left out: the API names it in its field errors, shown at the field.
      const body = { name: name.trim(), ...grant, expiresOn } as ApiBody<'createApiToken'>;
      const created = await client.POST('/api/v1/api-tokens', { body });
      setName('');
      setExpiresOn('');
      setScope(emptyGrant());
      onCreated(created.token);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="token-form-title">
      <h2 id="token-form-title">{m.tokens.create}</h2>
      <ErrorSummary error={error ?? loadError} fields={fields} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="token-name"
          label={m.tokens.name}
          value={name}
          onChange={setName}
          error={fieldError(error, '/name')}
          required
        />
        <GrantFields
          id="token"
          pointer=""
          value={scopeValue}
          onChange={setScope}
          organisations={organisations}
          roles={grantableRoles(roles)}
          error={error}
          withTerm={false}
        />
        <TextField
          id="token-expires"
          label={m.tokens.expires}
          type="date"
          value={expiresOn}
          onChange={setExpiresOn}
          error={fieldError(error, '/expiresOn')}
          required
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {m.tokens.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
