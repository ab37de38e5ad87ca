// Filing a proposal to move a service or a stage of it into the centres (CR-12, CR-13.1, CR-14.1) or a notice of
// excluding a service (CR-16), with the signed letter uploaded first (a document). The API's errors are shown at the
// fields they name (/letterId, /serviceId, /stage, /holderId, /excludeFrom …).
import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../api.ts';
import { DocumentUpload } from '../shared/DocumentUpload.tsx';
import type { DocumentMeta } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { sortByName } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { Link, navigate } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import type { ProposalDetail } from './ProposalShared.tsx';

const CENTRE_KINDS = ['county', 'regional', 'national'] as const;

function ServiceChoice({ value, onChange, error }: { value: string; onChange(id: string): void; error?: string }) {
  const { m } = useI18n();
  const t = m.proposals;
  const [search, setSearch] = useState('');
  const services = useGet('/api/v1/services', {
    params: { query: { status: 'published', q: search.trim(), limit: 50 } },
  });
  const options = (services.data?.items ?? []).map((s) => ({
    value: s.id,
    label: `${s.identifier} ${s.nameLv} — ${s.holder.name}`,
  }));
  return (
    <>
      <TextField
        id="proposal-service-search"
        label={t.fields.serviceSearch}
        type="search"
        value={search}
        onChange={setSearch}
        optional
      />
      <SelectField
        id="proposal-service"
        label={t.fields.service}
        value={value}
        onChange={onChange}
        options={options}
        placeholder={t.fields.noService}
        error={error}
        optional
      />
    </>
  );
}

export function ProposalNewPage() {
  const { m } = useI18n();
  const t = m.proposals;
  const { announce } = useStatus();
  const [kind, setKind] = useState<'transfer' | 'exclusion'>('transfer');
  const [title, setTitle] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [stage, setStage] = useState('');
  const [holderId, setHolderId] = useState('');
  const [kinds, setKinds] = useState<string[]>([]);
  const [justification, setJustification] = useState('');
  const [letter, setLetter] = useState<DocumentMeta | null>(null);
  const [excludeFrom, setExcludeFrom] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const organisations = useGet('/api/v1/organisations', {});
  const holders = sortByName(
    (organisations.data?.items ?? []).filter((o) => o.kind === 'institution' || o.kind === 'holder'),
    (o) => o.name,
  );
  const fields: FieldMap = {
    '/kind': { id: 'proposal-kind', label: t.fields.kind },
    '/title': { id: 'proposal-title', label: t.fields.title },
    '/serviceId': { id: 'proposal-service', label: t.fields.service },
    '/stage': { id: 'proposal-stage', label: t.fields.stage },
    '/holderId': { id: 'proposal-holder', label: t.fields.holder },
    '/centreKinds': { id: 'proposal-kinds-county', label: t.fields.centreKinds },
    '/justification': { id: 'proposal-justification', label: t.fields.justification },
    '/letterId': { id: 'proposal-letter', label: t.fields.letter },
    '/excludeFrom': { id: 'proposal-exclude-from', label: t.fields.excludeFrom },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const exclusion = kind === 'exclusion';
    try {
      const filed = await api.post<ProposalDetail>('/api/v1/proposals', {
        kind,
        title,
        justification,
        ...(letter ? { letterId: letter.id } : {}),
        ...(serviceId ? { serviceId } : {}),
        ...(!exclusion && stage.trim() ? { stage } : {}),
        ...(!exclusion && !serviceId && holderId ? { holderId } : {}),
        ...(!exclusion && kinds.length > 0 ? { centreKinds: kinds } : {}),
        ...(exclusion && excludeFrom ? { excludeFrom } : {}),
      });
      announce(t.filed);
      navigate(`/proposals/${filed.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t.newTitle}>
      <p>
        <Link to="/proposals">{t.title}</Link>
      </p>
      <p>{t.newIntro}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t.newTitle}>
        <ErrorSummary error={error} fields={fields} />
        <SelectField
          id="proposal-kind"
          label={t.fields.kind}
          value={kind}
          onChange={(v) => setKind(v === 'exclusion' ? 'exclusion' : 'transfer')}
          options={[
            { value: 'transfer', label: t.kinds.transfer },
            { value: 'exclusion', label: t.kinds.exclusion },
          ]}
        />
        <TextField
          id="proposal-title"
          label={t.fields.title}
          value={title}
          onChange={setTitle}
          maxLength={300}
          error={fieldError(error, '/title')}
        />
        <ServiceChoice value={serviceId} onChange={setServiceId} error={fieldError(error, '/serviceId')} />
        {kind === 'transfer' && (
          <>
            <TextAreaField
              id="proposal-stage"
              label={t.fields.stage}
              hint={t.hints.stage}
              value={stage}
              onChange={setStage}
              maxLength={2000}
              rows={3}
              optional
              error={fieldError(error, '/stage')}
            />
            {!serviceId && (
              <SelectField
                id="proposal-holder"
                label={t.fields.holder}
                hint={t.hints.holder}
                value={holderId}
                onChange={setHolderId}
                placeholder={t.chooseHolder}
                options={holders.map((o) => ({ value: o.id, label: o.name }))}
                error={fieldError(error, '/holderId')}
                optional
              />
            )}
            <fieldset className="fieldset">
              <legend>{t.fields.centreKinds}</legend>
              <p className="field__hint">{t.hints.centreKinds}</p>
              {CENTRE_KINDS.map((k) => (
                <div className="checkbox" key={k}>
                  <input
                    id={`proposal-kinds-${k}`}
                    type="checkbox"
                    checked={kinds.includes(k)}
                    onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
                  />
                  <label htmlFor={`proposal-kinds-${k}`}>{t.centreKindNames[k]}</label>
                </div>
              ))}
            </fieldset>
          </>
        )}
        {kind === 'exclusion' && (
          <TextField
            id="proposal-exclude-from"
            label={t.fields.excludeFrom}
            hint={t.hints.excludeFrom}
            type="date"
            value={excludeFrom}
            onChange={setExcludeFrom}
            error={fieldError(error, '/excludeFrom')}
          />
        )}
        <TextAreaField
          id="proposal-justification"
          label={t.fields.justification}
          value={justification}
          onChange={setJustification}
          maxLength={4000}
          rows={5}
          error={fieldError(error, '/justification')}
        />
        <DocumentUpload
          id="proposal-letter"
          label={t.fields.letter}
          value={letter}
          onUploaded={setLetter}
          error={fieldError(error, '/letterId')}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
