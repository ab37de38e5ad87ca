// DR-15: the requests to change the basket with their steps — the ministry's opinion (5 working days), the holder's
// information to the maintainer (10), the maintainer's update and notice to the centres (2) — each with its due day,
// the day it was done and an overdue mark; a holder's form for a new request (the ministry records a letter it got
// for a holder), and the step each party takes next. The maintainer's step is the basket editor with the request
// chosen (BasketEditor.tsx). Loaded for the parties, the committee and auditors.
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { useGet } from '../useApi.ts';

export type ChangeRequest = ApiResponse<'listBasketChangeRequests'>['items'][number];
type Duty = ChangeRequest['duties']['opinion'];
type Messages = ReturnType<typeof useI18n>['m']['basket'];

const stateKey = (s: ChangeRequest['state']) =>
  `state${s.charAt(0).toUpperCase()}${s.slice(1)}` as `state${Capitalize<ChangeRequest['state']>}`;
const kindKey = (k: ChangeRequest['kind']) =>
  `kind${k.charAt(0).toUpperCase()}${k.slice(1)}` as `kind${Capitalize<ChangeRequest['kind']>}`;
const partyKey = (p: string) =>
  p === 'ministry' ? 'partyMinistry' : p === 'holder' ? 'partyHolder' : 'partyMaintainer';

function DutyLine({ label, duty, m }: { label: string; duty: Duty; m: Messages }) {
  if (!duty) return null;
  return (
    <li>
      {label}: {fill(m.dueOn, { date: formatDate(duty.due) })}
      {duty.doneOn && `, ${fill(m.doneOn, { date: formatDate(duty.doneOn) })}`}
      {duty.overdue && <span className="tag tag--bad"> {m.overdue}</span>}
      {duty.late && <span className="tag tag--bad"> {m.late}</span>}
    </li>
  );
}

function NewRequest({ ministry, onDone }: { ministry: boolean; onDone(): void }) {
  const { m } = useI18n();
  const institutions = useGet('/api/v1/public/basket/institutions');
  const [holderId, setHolderId] = useState('');
  const [kind, setKind] = useState<ChangeRequest['kind']>('change');
  const [title, setTitle] = useState('');
  const [justification, setJustification] = useState('');
  const [annexItem, setAnnexItem] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [receivedOn, setReceivedOn] = useState(rigaToday());
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await client.POST('/api/v1/basket/change-requests', {
        body: {
          kind,
          title,
          justification,
          receivedOn,
          ...(ministry && holderId ? { holderId } : {}),
          ...(kind !== 'include' && annexItem.trim() ? { annexItem: annexItem.trim() } : {}),
          ...(serviceId.trim() ? { serviceId: serviceId.trim() } : {}),
        },
      });
      setDone(true);
      setTitle('');
      setJustification('');
      onDone();
    } catch (e) {
      setError(e);
    }
  }
  const fields = {
    '/holderId': { id: 'basket-req-holder', label: m.basket.holder },
    '/title': { id: 'basket-req-title', label: m.basket.requestTitle },
    '/justification': { id: 'basket-req-why', label: m.basket.justification },
    '/annexItem': { id: 'basket-req-item', label: m.basket.annexItem },
    '/serviceId': { id: 'basket-req-service', label: m.basket.serviceRef },
    '/receivedOn': { id: 'basket-req-received', label: m.basket.receivedOn },
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="basket-req-new">
      <h3 id="basket-req-new">{m.basket.newRequest}</h3>
      {ministry && (
        <SelectField
          id="basket-req-holder"
          label={m.basket.holder}
          value={holderId}
          onChange={setHolderId}
          placeholder={m.common.choose}
          options={(institutions.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <SelectField
        id="basket-req-kind"
        label={m.basket.kind}
        value={kind}
        onChange={(v) => setKind(v === 'include' ? 'include' : v === 'exclude' ? 'exclude' : 'change')}
        options={(['include', 'exclude', 'change'] as const).map((k) => ({ value: k, label: m.basket[kindKey(k)] }))}
      />
      <TextField id="basket-req-title" label={m.basket.requestTitle} value={title} onChange={setTitle} />
      <TextAreaField
        id="basket-req-why"
        label={m.basket.justification}
        value={justification}
        onChange={setJustification}
      />
      {kind !== 'include' && (
        <TextField id="basket-req-item" label={m.basket.annexItem} value={annexItem} onChange={setAnnexItem} />
      )}
      <TextField
        id="basket-req-service"
        label={m.basket.serviceRef}
        value={serviceId}
        onChange={setServiceId}
        optional={kind !== 'include'}
      />
      <TextField
        id="basket-req-received"
        label={m.basket.receivedOn}
        type="date"
        value={receivedOn}
        onChange={setReceivedOn}
      />
      <button type="submit" className="button button--primary">
        {m.basket.submitRequest}
      </button>
      <ErrorSummary error={error} fields={fields} />
      {done && <p role="status">{m.basket.requestRecorded}</p>}
    </form>
  );
}

/** The next step the caller may take on a request: the ministry's opinion, the holder's information, withdrawal. */
function NextStep({ r, onDone }: { r: ChangeRequest; onDone(): void }) {
  const { m } = useI18n();
  const { roles, me } = useSession();
  const [text, setText] = useState('');
  const [positive, setPositive] = useState('yes');
  const [day, setDay] = useState(rigaToday());
  const [error, setError] = useState<unknown>(null);
  const ministry = roles.includes('ministry_supervisor');
  const holder = (me?.grants ?? []).some(
    (g) => g.organisationId === r.holder.id && (g.role === 'org_admin' || g.role === 'institution_coordinator'),
  );
  const can = (action: string) => r.actions.includes(action);
  const step: 'opinion' | 'information' | null =
    can('opinion') && ministry ? 'opinion' : can('inform') && holder ? 'information' : null;
  const id = `basket-req-${r.number}`;

  async function send(action: 'opinion' | 'information' | 'cancel') {
    setError(null);
    const params = { path: { id: r.id } };
    try {
      if (action === 'opinion')
        await client.POST('/api/v1/basket/change-requests/{id}/opinion', {
          params,
          body: { positive: positive === 'yes', opinion: text, givenOn: day },
        });
      else if (action === 'information')
        await client.POST('/api/v1/basket/change-requests/{id}/information', {
          params,
          body: { information: text, sentOn: day },
        });
      else await client.POST('/api/v1/basket/change-requests/{id}/cancel', { params, body: { reason: text } });
      setText('');
      onDone();
    } catch (e) {
      setError(e);
    }
  }
  const withdraw = can('cancel') && (ministry || holder);
  if (!step && !withdraw) return r.state === 'information_sent' ? <p className="hint">{m.basket.publishHint}</p> : null;
  const fields = {
    '/opinion': { id: `${id}-text`, label: m.basket.opinion },
    '/information': { id: `${id}-text`, label: m.basket.information },
    '/reason': { id: `${id}-text`, label: m.basket.reason },
    '/givenOn': { id: `${id}-day`, label: m.basket.givenOn },
    '/sentOn': { id: `${id}-day`, label: m.basket.sentOn },
  };
  const label = step === 'opinion' ? m.basket.opinion : step === 'information' ? m.basket.information : m.basket.reason;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (step) void send(step);
      }}
    >
      {step === 'opinion' && (
        <SelectField
          id={`${id}-positive`}
          label={m.basket.opinion}
          value={positive}
          onChange={setPositive}
          options={[
            { value: 'yes', label: m.basket.positive },
            { value: 'no', label: m.basket.negative },
          ]}
        />
      )}
      <TextAreaField id={`${id}-text`} label={label} value={text} onChange={setText} rows={2} />
      {step && (
        <TextField
          id={`${id}-day`}
          label={step === 'opinion' ? m.basket.givenOn : m.basket.sentOn}
          type="date"
          value={day}
          onChange={setDay}
        />
      )}
      <div className="actions">
        {step && (
          <button type="submit" className="button button--primary">
            {step === 'opinion' ? m.basket.giveOpinion : m.basket.sendInformation}
          </button>
        )}
        {withdraw && (
          <button type="button" className="button button--quiet" onClick={() => void send('cancel')}>
            {m.basket.cancelRequest}
          </button>
        )}
      </div>
      <ErrorSummary error={error} fields={fields} />
    </form>
  );
}

export default function BasketRequests() {
  const { m } = useI18n();
  const { roles } = useSession();
  const requests = useGet('/api/v1/basket/change-requests');
  const files = roles.some((r) => r === 'ministry_supervisor' || r === 'org_admin' || r === 'institution_coordinator');
  const columns: Column<ChangeRequest>[] = [
    {
      key: 'number',
      header: m.basket.requestNumber,
      cell: (r) => r.number,
      sortValue: (r) => r.number,
      rowHeader: true,
    },
    {
      key: 'title',
      header: m.basket.requestTitle,
      cell: (r) => (
        <>
          {r.title}
          <br />
          <span className="hint">
            {m.basket[kindKey(r.kind)]}
            {r.annexItem && ` ${r.annexItem}`}
            {r.service && ` ${r.service}`}
          </span>
        </>
      ),
      sortValue: (r) => r.title,
    },
    { key: 'holder', header: m.basket.holder, cell: (r) => r.holder.name, sortValue: (r) => r.holder.name },
    {
      key: 'state',
      header: m.basket.state,
      cell: (r) => (
        <>
          {m.basket[stateKey(r.state)]}
          {r.whoseMove && (
            <>
              <br />
              {m.basket.whoseMove}: {m.basket[partyKey(r.whoseMove)]}
            </>
          )}
          {r.version && (
            <>
              <br />
              {fill(m.basket.versionLabel, { number: r.version.number })}
            </>
          )}
        </>
      ),
      sortValue: (r) => r.state,
      csv: (r) => m.basket[stateKey(r.state)],
    },
    {
      key: 'steps',
      header: m.basket.steps,
      cell: (r) => (
        <ul className="plain">
          <DutyLine label={m.basket.dutyOpinion} duty={r.duties.opinion} m={m.basket} />
          <DutyLine label={m.basket.dutyInformation} duty={r.duties.information} m={m.basket} />
          <DutyLine label={m.basket.dutyPublication} duty={r.duties.publication} m={m.basket} />
        </ul>
      ),
      csv: (r) =>
        [r.duties.opinion?.due, r.duties.information?.due, r.duties.publication?.due].filter(Boolean).join(' '),
    },
    {
      key: 'next',
      header: m.basket.nextStep,
      cell: (r) => <NextStep r={r} onDone={requests.reload} />,
      csv: false,
    },
  ];
  return (
    <section aria-labelledby="basket-requests-title" id="basket-requests">
      <h2 id="basket-requests-title">{m.basket.requestsTitle}</h2>
      <p className="hint">{m.basket.requestsIntro}</p>
      <ErrorSummary error={requests.error} />
      {requests.data && requests.data.items.length === 0 && <p>{m.basket.noRequests}</p>}
      {requests.data && requests.data.items.length > 0 && (
        <DataTable
          caption={m.basket.requests}
          columns={columns}
          rows={requests.data.items}
          rowKey={(r) => r.id}
          rowClassName={(r) => (Object.values(r.duties).some((d) => d?.overdue) ? 'row--overdue' : undefined)}
          exportName="groza-izmainu-pieprasijumi"
        />
      )}
      {files && <NewRequest ministry={roles.includes('ministry_supervisor')} onDone={requests.reload} />}
    </section>
  );
}
