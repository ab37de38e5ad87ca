// Registering a complaint, question or suggestion at one of the caller's centres (CR-17.13): only what the answer
// needs; the service found by typing part of its name; routed by default to the service's holder when it is an
// institution's service (CR-19.7), otherwise to the centre (CR-20.7). Enter in a one-line field submits.
import { useMemo, useState, type FormEvent } from 'react';
import { type ApiBody, client, fieldError, type ItemOf } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { sortByName } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { navigate } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { ServicePicker } from './FeedbackServicePicker.tsx';
import { inWords, problemsError, registerProblems } from './check.ts';
import {
  ADDRESSEES,
  CHANNELS,
  KINDS,
  REPLY_CHANNELS,
  rigaInstant,
  type Addressee,
  type ServiceOption,
} from './FeedbackShared.tsx';

const STAFF = ['centre_employee', 'centre_head', 'org_admin'];

/** A centre of GET /api/v1/centres. */
type CentreRow = ItemOf<'listCentres'>;

/** The centres the caller's grants let them register at: their own centre, or every centre of their municipality. */
function useMyCentres(): CentreRow[] {
  const { me } = useSession();
  const all = useGet('/api/v1/centres');
  return useMemo(() => {
    const grants = (me?.grants ?? []).filter((g) => STAFF.includes(g.role));
    const centres = new Set(grants.filter((g) => g.centreId).map((g) => g.centreId));
    const municipalities = new Set(grants.filter((g) => !g.centreId).map((g) => g.organisationId));
    return sortByName(
      (all.data?.items ?? []).filter((c) => centres.has(c.id) || municipalities.has(c.municipality.id)),
      (c) => c.name,
    );
  }, [me, all.data]);
}

export function FeedbackNewPage() {
  const { m } = useI18n();
  const f = m.feedback;
  const { announce } = useStatus();
  const centres = useMyCentres();
  // No default kind: a complaint left as "question" would be answered at the wrong level (SR-19.2).
  const [kind, setKind] = useState<string>('');
  const [chosenCentre, setCentre] = useState('');
  const [pointId, setPoint] = useState('');
  const [service, setService] = useState<ServiceOption | undefined>(undefined);
  const [channel, setChannel] = useState<string>('in_person');
  const [receivedAt, setReceivedAt] = useState('');
  const [name, setName] = useState('');
  const [replyChannel, setReplyChannel] = useState<string>('email');
  const [replyAddress, setReplyAddress] = useState('');
  const [text, setText] = useState('');
  const [routeChoice, setRouteChoice] = useState<Addressee | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const centreId = chosenCentre || (centres.length === 1 ? centres[0]!.id : '');
  const centre = centres.find((c) => c.id === centreId);
  const detail = useGet(centreId ? '/api/v1/centres/{id}' : null, { params: { path: { id: centreId } } });
  // CR-19.7: an institution's service is answered by the institution; the centre's own work by the centre.
  const suggested: Addressee = service && centre && service.holder.id !== centre.municipality.id ? 'holder' : 'centre';
  const routeTo = routeChoice || suggested;

  const fields: FieldMap = {
    '/kind': { id: 'fb-kind', label: f.fields.kind },
    '/centreId': { id: 'fb-centre', label: f.fields.centre },
    '/servicePointId': { id: 'fb-point', label: f.fields.point },
    '/serviceId': { id: 'fb-service', label: f.fields.service },
    '/channel': { id: 'fb-channel', label: f.fields.channel },
    '/receivedAt': { id: 'fb-received', label: f.fields.receivedAt },
    '/submitter/name': { id: 'fb-name', label: f.fields.name },
    '/submitter/replyChannel': { id: 'fb-reply-channel', label: f.fields.replyChannel },
    '/submitter/replyAddress': { id: 'fb-reply-address', label: f.fields.replyAddress },
    '/text': { id: 'fb-text', label: f.fields.text },
    '/routeTo': { id: 'fb-route-centre', label: f.fields.routeTo },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = registerProblems({ kind, centreId, name, replyChannel, replyAddress, text }, f.check);
    if (problems.length > 0) {
      setError(problemsError(problems, f.check));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = {
        kind,
        centreId,
        servicePointId: pointId || null,
        serviceId: service?.id ?? null,
        channel,
        ...(receivedAt ? { receivedAt: rigaInstant(receivedAt) ?? receivedAt } : {}),
        submitter: { name, replyChannel, replyAddress: replyChannel === 'in_person' ? null : replyAddress },
        text,
        routeTo,
      };
      // The choices are the API's own words (KINDS, CHANNELS, REPLY_CHANNELS).
      const created = await client.POST('/api/v1/feedback-cases', { body: body as ApiBody<'createFeedbackCase'> });
      announce(fill(f.registered, { kind: f.kinds[created.kind], number: created.number }), { keepOnNavigation: true });
      navigate(`/feedback/${created.id}`);
    } catch (e) {
      setError(inWords(e, f.check));
    } finally {
      setBusy(false);
    }
  };

  const pick = (next: ServiceOption | undefined) => {
    setService(next);
    setRouteChoice('');
  };

  return (
    <Page title={f.newTitle}>
      <p>{f.newIntro}</p>
      <form className="form" onSubmit={submit} noValidate aria-label={f.newTitle}>
        <ErrorSummary error={error} fields={fields} />
        <SelectField
          id="fb-kind"
          label={f.fields.kind}
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: f.kinds[k] }))}
          placeholder={m.common.choose}
          error={fieldError(error, '/kind')}
        />
        <SelectField
          id="fb-centre"
          label={f.fields.centre}
          value={centreId}
          onChange={(id) => {
            setCentre(id);
            setPoint('');
          }}
          options={centres.map((c) => ({ value: c.id, label: c.name }))}
          placeholder={m.common.choose}
          error={fieldError(error, '/centreId')}
        />
        {detail.data && detail.data.points.length > 0 && (
          <SelectField
            id="fb-point"
            label={f.fields.point}
            value={pointId}
            onChange={setPoint}
            options={detail.data.points.map((p) => ({ value: p.id, label: p.name }))}
            placeholder={f.noPoint}
            error={fieldError(error, '/servicePointId')}
            optional
          />
        )}
        <ServicePicker
          id="fb-service"
          label={f.fields.service}
          value={service}
          onChange={pick}
          error={fieldError(error, '/serviceId')}
        />
        <fieldset className="fieldset">
          <legend>{f.fields.routeTo}</legend>
          <p className="field__hint">{f.hints.routeTo}</p>
          <div className="radios">
            {ADDRESSEES.map((a) => (
              <label key={a} className="radio">
                <input
                  type="radio"
                  id={`fb-route-${a}`}
                  name="fb-route"
                  value={a}
                  checked={routeTo === a}
                  onChange={() => setRouteChoice(a)}
                />
                {a === 'holder' && service ? `${f.addressees.holder}: ${service.holder.name}` : f.addressees[a]}
              </label>
            ))}
          </div>
          {fieldError(error, '/routeTo') && <p className="field__error">{fieldError(error, '/routeTo')}</p>}
        </fieldset>
        <SelectField
          id="fb-channel"
          label={f.fields.channel}
          value={channel}
          onChange={setChannel}
          options={CHANNELS.map((c) => ({ value: c, label: f.channels[c] }))}
          error={fieldError(error, '/channel')}
        />
        <TextField
          id="fb-received"
          label={f.fields.receivedAt}
          hint={f.hints.receivedAt}
          type="datetime-local"
          value={receivedAt}
          onChange={setReceivedAt}
          error={fieldError(error, '/receivedAt')}
          optional
        />
        <TextField
          id="fb-name"
          label={f.fields.name}
          value={name}
          onChange={setName}
          autoComplete="off"
          maxLength={200}
          error={fieldError(error, '/submitter/name')}
        />
        <SelectField
          id="fb-reply-channel"
          label={f.fields.replyChannel}
          value={replyChannel}
          onChange={setReplyChannel}
          options={REPLY_CHANNELS.map((c) => ({ value: c, label: f.replyChannels[c] }))}
          error={fieldError(error, '/submitter/replyChannel')}
        />
        {replyChannel !== 'in_person' && (
          <TextField
            id="fb-reply-address"
            label={f.fields.replyAddress}
            hint={f.hints.replyAddress}
            value={replyAddress}
            onChange={setReplyAddress}
            autoComplete="off"
            maxLength={300}
            error={fieldError(error, '/submitter/replyAddress')}
          />
        )}
        <TextAreaField
          id="fb-text"
          label={f.fields.text}
          value={text}
          onChange={setText}
          maxLength={4000}
          rows={6}
          error={fieldError(error, '/text')}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {f.register}
          </button>
        </div>
      </form>
    </Page>
  );
}
