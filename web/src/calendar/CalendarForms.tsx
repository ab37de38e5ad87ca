// The ministry's forms: a Cabinet transfer (a weekday given off and the Saturday worked instead), a one-off holiday,
// and confirming the next year. The API checks everything; its errors appear at their fields and in a summary.
import { useState, type FormEvent, type ReactNode } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';

/** Submits one form: busy while sending, the error kept for the fields, a status message on success. */
function useSubmit(onDone: () => void) {
  const { announce } = useStatus();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (send: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      announce(await send());
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function FormPanel({
  id,
  title,
  error,
  fields,
  busy,
  submit,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  error: unknown;
  fields: FieldMap;
  busy: boolean;
  submit: string;
  onSubmit(): void;
  children: ReactNode;
}) {
  const handle = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ErrorSummary error={error} fields={fields} />
      <form className="form" onSubmit={handle} noValidate>
        {children}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {submit}
          </button>
        </div>
      </form>
    </section>
  );
}

export function TransferForm({ onDone }: { onDone(): void }) {
  const { m } = useI18n();
  const c = m.calendar;
  const [dayOff, setDayOff] = useState('');
  const [saturday, setSaturday] = useState('');
  const [basis, setBasis] = useState('');
  const { error, busy, run } = useSubmit(onDone);
  const fields: FieldMap = {
    '/dayOff': { id: 'transfer-day-off', label: c.dayOff },
    '/workingSaturday': { id: 'transfer-saturday', label: c.workingSaturday },
    '/basis': { id: 'transfer-basis', label: c.basisField },
  };
  const submit = () =>
    run(async () => {
      await client.POST('/api/v1/calendar/transfers', {
        body: { dayOff, workingSaturday: saturday, basis: basis.trim() },
      });
      const text = fill(c.transferAdded, { dayOff: formatDate(dayOff), saturday: formatDate(saturday) });
      setDayOff('');
      setSaturday('');
      setBasis('');
      return text;
    });
  return (
    <FormPanel
      id="transfer"
      title={c.transferTitle}
      error={error}
      fields={fields}
      busy={busy}
      submit={c.addTransfer}
      onSubmit={() => void submit()}
    >
      <TextField
        id="transfer-day-off"
        label={c.dayOff}
        hint={c.dayOffHint}
        type="date"
        value={dayOff}
        onChange={setDayOff}
        error={fieldError(error, '/dayOff')}
        required
      />
      <TextField
        id="transfer-saturday"
        label={c.workingSaturday}
        type="date"
        value={saturday}
        onChange={setSaturday}
        error={fieldError(error, '/workingSaturday')}
        required
      />
      <TextField
        id="transfer-basis"
        label={c.basisField}
        hint={c.basisHint}
        value={basis}
        onChange={setBasis}
        error={fieldError(error, '/basis')}
        maxLength={500}
        required
      />
    </FormPanel>
  );
}

export function HolidayForm({ onDone }: { onDone(): void }) {
  const { m } = useI18n();
  const c = m.calendar;
  const [date, setDate] = useState('');
  const [nameLv, setNameLv] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [basis, setBasis] = useState('');
  const { error, busy, run } = useSubmit(onDone);
  const fields: FieldMap = {
    '/date': { id: 'holiday-date', label: c.holidayDate },
    '/nameLv': { id: 'holiday-name-lv', label: c.nameLv },
    '/nameEn': { id: 'holiday-name-en', label: c.nameEn },
    '/basis': { id: 'holiday-basis', label: c.basisField },
  };
  const submit = () =>
    run(async () => {
      await client.POST('/api/v1/calendar/holidays', {
        body: { date, nameLv: nameLv.trim(), nameEn: nameEn.trim(), basis: basis.trim() },
      });
      const text = fill(c.holidayAdded, { date: formatDate(date) });
      setDate('');
      setNameLv('');
      setNameEn('');
      setBasis('');
      return text;
    });
  return (
    <FormPanel
      id="holiday"
      title={c.holidayTitle}
      error={error}
      fields={fields}
      busy={busy}
      submit={c.addHoliday}
      onSubmit={() => void submit()}
    >
      <TextField
        id="holiday-date"
        label={c.holidayDate}
        type="date"
        value={date}
        onChange={setDate}
        error={fieldError(error, '/date')}
        required
      />
      <TextField
        id="holiday-name-lv"
        label={c.nameLv}
        lang="lv"
        value={nameLv}
        onChange={setNameLv}
        error={fieldError(error, '/nameLv')}
        maxLength={300}
        required
      />
      <TextField
        id="holiday-name-en"
        label={c.nameEn}
        lang="en"
        value={nameEn}
        onChange={setNameEn}
        error={fieldError(error, '/nameEn')}
        maxLength={300}
        required
      />
      <TextField
        id="holiday-basis"
        label={c.basisField}
        hint={c.basisHint}
        value={basis}
        onChange={setBasis}
        error={fieldError(error, '/basis')}
        maxLength={500}
        required
      />
    </FormPanel>
  );
}

export function ConfirmYearForm({ year, onDone }: { year: number; onDone(): void }) {
  const { m } = useI18n();
  const c = m.calendar;
  const [basis, setBasis] = useState('');
  const { error, busy, run } = useSubmit(onDone);
  const fields: FieldMap = {
    '/basis': { id: 'confirm-basis', label: c.basisField },
    '/year': { id: 'confirm-basis', label: c.year },
  };
  const submit = () =>
    run(async () => {
      await client.POST('/api/v1/calendar/years/{year}/confirm', {
        params: { path: { year } },
        body: { basis: basis.trim() },
      });
      setBasis('');
      return fill(c.confirmedDone, { year });
    });
  return (
    <FormPanel
      id="confirm"
      title={c.confirmTitle}
      error={error}
      fields={fields}
      busy={busy}
      submit={fill(c.confirm, { year })}
      onSubmit={() => void submit()}
    >
      <p>{fill(c.confirmText, { year })}</p>
      <TextField
        id="confirm-basis"
        label={c.basisField}
        hint={c.basisHint}
        value={basis}
        onChange={setBasis}
        error={fieldError(error, '/basis')}
        maxLength={500}
        required
      />
    </FormPanel>
  );
}
