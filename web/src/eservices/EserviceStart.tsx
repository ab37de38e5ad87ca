// Starting an authorised e-service at one of the caller's centres (AM-1.1): only e-services whose published
// description allows filing on a client's behalf are offered (DR-29). ?centre=<id> preselects the centre.
import { useMemo, useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap, type Option } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { collator, fold } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { FILING_ROLES, serviceName } from './EserviceShared.tsx';

export function EserviceStartPage() {
  const { m, lang } = useI18n();
  const { me } = useSession();
  const { announce } = useStatus();
  const { query } = useLocation();
  const grants = (me?.grants ?? []).filter((g) => FILING_ROLES.includes(g.role));
  const wide = grants.filter((g) => !g.centreId).map((g) => g.organisationId);
  const centres = useGet(wide.length > 0 ? '/api/v1/centres' : null);
  const services = useGet('/api/v1/authorised-eservices/filable-services', { params: { query: { limit: 200 } } });

  const centreOptions: Option[] = useMemo(() => {
    const byId = new Map<string, string>();
    for (const g of grants) if (g.centreId) byId.set(g.centreId, g.centreName ?? g.centreId);
    for (const c of centres.data?.items ?? []) if (wide.includes(c.municipality.id)) byId.set(c.id, c.name);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  }, [grants, centres.data, wide]);

  const [centreId, setCentreId] = useState(query.get('centre') ?? '');
  const [filter, setFilter] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const chosenCentre = centreId || (centreOptions.length === 1 ? centreOptions[0]!.value : '');

  const serviceOptions: Option[] = useMemo(() => {
    const wanted = fold(filter.trim());
    return (services.data?.items ?? [])
      .filter((s) => !wanted || fold(`${s.identifier} ${s.name.lv} ${s.name.en ?? ''}`).includes(wanted))
      .map((s) => ({ value: s.id, label: `${serviceName(lang, s)} (${s.identifier}) — ${s.holderName}` }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [services.data, filter, lang]);

  const fields: FieldMap = {
    '/centreId': { id: 'eservice-centre', label: m.eservices.centre },
    '/serviceId': { id: 'eservice-service', label: m.eservices.service },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await client.POST('/api/v1/authorised-eservices', {
        body: { centreId: chosenCentre, serviceId },
      });
      announce(m.eservices.started, { keepOnNavigation: true });
      navigate(`/eservices/${created.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.eservices.startTitle}>
      <p>
        <Link to="/eservices">{m.eservices.back}</Link>
      </p>
      <p>{m.eservices.startIntro}</p>
      <ErrorSummary error={error ?? services.error ?? centres.error} fields={fields} />
      {grants.length === 0 && <p>{m.eservices.noCentres}</p>}
      {services.data && services.data.items.length === 0 && <p>{m.eservices.noServices}</p>}
      {grants.length > 0 && (
        <form className="form" onSubmit={submit} noValidate>
          <SelectField
            id="eservice-centre"
            label={m.eservices.centre}
            value={chosenCentre}
            placeholder={centreOptions.length === 1 ? undefined : m.common.choose}
            options={centreOptions}
            onChange={setCentreId}
            error={fieldError(error, '/centreId')}
          />
          <TextField
            id="eservice-filter"
            label={m.eservices.serviceFilter}
            hint={m.eservices.serviceFilterHint}
            value={filter}
            onChange={setFilter}
            optional
            autoComplete="off"
          />
          <SelectField
            id="eservice-service"
            label={m.eservices.service}
            value={serviceId}
            placeholder={m.common.choose}
            options={serviceOptions}
            onChange={setServiceId}
            error={fieldError(error, '/serviceId')}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {m.eservices.startButton}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
