// Granting one more role to a user: POST /api/v1/users/:id/grants.
import { useState, type FormEvent } from 'react';
import { type ApiBody, client } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { grantableRoles } from '../shared/roles.ts';
import { useSession } from '../app/session.tsx';
import { useGrantableOrganisations } from './useOrganisations.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { effectiveGrant, emptyGrant, grantBody, GrantFields, grantFieldMap } from './GrantFields.tsx';
import { useStatus } from '../shared/Status.tsx';

export function GrantForm({
  userId,
  userOrganisationId,
  onGranted,
}: {
  userId: string;
  userOrganisationId: string;
  onGranted(): void;
}) {
  const { m } = useI18n();
  const { roles } = useSession();
  const { announce } = useStatus();
  const { organisations, error: loadError } = useGrantableOrganisations();
  const [draft, setDraft] = useState(emptyGrant());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const value = effectiveGrant(draft, organisations, userOrganisationId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.POST('/api/v1/users/{id}/grants', {
        params: { path: { id: userId } },
        // A field left empty is left out: the API names it in its field errors, shown at the field.
        body: grantBody(value) as ApiBody<'createUserGrant'>,
      });
      setDraft(emptyGrant());
      announce(m.grant.done);
      onGranted();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="grant-title" className="panel">
      <h2 id="grant-title">{m.grant.title}</h2>
      <ErrorSummary error={error ?? loadError} fields={grantFieldMap(m, 'grant', '')} />
      <form className="form" onSubmit={submit} noValidate>
        <GrantFields
          id="grant"
          pointer=""
          value={value}
          onChange={setDraft}
          organisations={organisations}
          roles={grantableRoles(roles)}
          error={error}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {m.grant.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
