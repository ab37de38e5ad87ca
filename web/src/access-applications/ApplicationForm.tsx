// Filing an application for admin-level access (CR-22 as amended by AM-1.4; Annex 2 as amended by AM-1.11): the
// organisation (one the user administers), grant or revoke, the employees, and the signed application as an uploaded
// eDoc/ASiC-E container or signed PDF. The ministry then decides within 3 working days (DR-20.2).
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import { fieldError } from '../api.ts';
import { navigate, Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { DocumentUpload } from '../shared/DocumentUpload.tsx';
import type { DocumentMeta } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { EmployeeRows, emptyEmployee, employeeFields, employeesBody, type EmployeeDraft } from './EmployeeRows.tsx';

export function AccessApplicationFormPage() {
  const { m } = useI18n();
  const a = m.accessApplications;
  const { me } = useSession();
  const own = new Map<string, string>();
  for (const g of me?.grants ?? []) if (g.role === 'org_admin') own.set(g.organisationId, g.organisationName);
  const [organisationId, setOrganisationId] = useState(own.size === 1 ? [...own.keys()][0]! : '');
  const [action, setAction] = useState<'grant' | 'revoke'>('grant');
  const [rows, setRows] = useState<EmployeeDraft[]>(() => [emptyEmployee()]);
  const [document, setDocument] = useState<DocumentMeta | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const created = await client.POST('/api/v1/access-applications', {
        body: {
          organisationId,
          action,
          employees: employeesBody(rows),
          documentId: document?.id ?? '',
          ...(note.trim() ? { note } : {}),
        },
      });
      navigate(`/access-applications/${created.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const fields = {
    '/organisationId': { id: 'app-organisation', label: a.organisation },
    '/action': { id: 'app-action', label: a.action },
    '/documentId': { id: 'app-document', label: a.document },
    '/note': { id: 'app-note', label: a.note },
    ...employeeFields(rows, {
      name: a.name,
      email: a.email,
      phone: a.phone,
      position: a.position,
      workplace: a.workplace,
      term: a.term,
      validUntil: a.validUntil,
    }),
  };

  return (
    <Page title={a.formTitle} wide>
      <p>
        <Link to="/access-applications">{a.back}</Link>
      </p>
      <p>{a.formIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary error={error} fields={fields} />
        <SelectField
          id="app-organisation"
          label={a.organisation}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={a.chooseOrganisation}
          options={[...own].map(([value, label]) => ({ value, label }))}
          error={fieldError(error, '/organisationId')}
        />
        <SelectField
          id="app-action"
          label={a.action}
          value={action}
          onChange={(v) => setAction(v as 'grant' | 'revoke')}
          options={[
            { value: 'grant', label: a.actions.grant },
            { value: 'revoke', label: a.actions.revoke },
          ]}
          error={fieldError(error, '/action')}
        />
        <EmployeeRows rows={rows} onChange={setRows} error={error} />
        <DocumentUpload
          id="app-document"
          label={a.document}
          hint={a.documentHint}
          value={document}
          onUploaded={setDocument}
          error={fieldError(error, '/documentId')}
        />
        <TextAreaField id="app-note" label={a.note} optional value={note} onChange={setNote} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {a.submit}
        </button>
      </form>
    </Page>
  );
}
