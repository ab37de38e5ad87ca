// Annex 2's table as a form (AM-1.11): one group of fields per employee — name and surname, e-mail, phone, position,
// centre or institution, term (fixed with its last day, or permanent) — with rows added and removed. Each field shows
// the API's error for its pointer (/employees/1/email) under its label.
import { fieldError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';

export interface EmployeeDraft {
  key: number;
  name: string;
  email: string;
  phone: string;
  position: string;
  workplace: string;
  term: 'fixed' | 'permanent';
  validUntil: string;
}

let nextKey = 1;
export const emptyEmployee = (): EmployeeDraft => ({
  key: nextKey++,
  name: '',
  email: '',
  phone: '',
  position: '',
  workplace: '',
  term: 'fixed',
  validUntil: '',
});

const TEXT_FIELDS = ['name', 'email', 'phone', 'position', 'workplace'] as const;

/** The request body's rows: a permanent term sends no last day. */
export function employeesBody(rows: EmployeeDraft[]) {
  return rows.map(({ key: _key, validUntil, term, ...rest }) => ({
    ...rest,
    term,
    ...(term === 'fixed' && validUntil ? { validUntil } : {}),
  }));
}

/** The error summary's links to every row's fields. */
export function employeeFields(rows: EmployeeDraft[], labels: Record<string, string>): FieldMap {
  const map: FieldMap = {};
  rows.forEach((row, i) => {
    for (const f of [...TEXT_FIELDS, 'term', 'validUntil'])
      map[`/employees/${i}/${f}`] = { id: `emp-${row.key}-${f}`, label: `${i + 1}. ${labels[f]}` };
  });
  return map;
}

interface Props {
  rows: EmployeeDraft[];
  onChange(rows: EmployeeDraft[]): void;
  error: unknown;
}

export function EmployeeRows({ rows, onChange, error }: Props) {
  const { m } = useI18n();
  const a = m.accessApplications;
  const set = (i: number, patch: Partial<EmployeeDraft>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const labels: Record<(typeof TEXT_FIELDS)[number], string> = {
    name: a.name,
    email: a.email,
    phone: a.phone,
    position: a.position,
    workplace: a.workplace,
  };
  return (
    <fieldset>
      <legend>{a.employees}</legend>
      {rows.map((row, i) => {
        const at = `/employees/${i}`;
        const title = fill(a.employee, { n: i + 1 });
        return (
          <fieldset key={row.key} className="employee-row">
            <legend>{title}</legend>
            {TEXT_FIELDS.map((f) => (
              <TextField
                key={f}
                id={`emp-${row.key}-${f}`}
                label={labels[f]}
                type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
                autoComplete="off"
                hint={f === 'email' ? a.emailHint : undefined}
                value={row[f]}
                onChange={(v) => set(i, { [f]: v })}
                error={fieldError(error, `${at}/${f}`)}
              />
            ))}
            <SelectField
              id={`emp-${row.key}-term`}
              label={a.term}
              value={row.term}
              onChange={(v) => set(i, { term: v as EmployeeDraft['term'] })}
              options={[
                { value: 'fixed', label: a.terms.fixed },
                { value: 'permanent', label: a.terms.permanent },
              ]}
              error={fieldError(error, `${at}/term`)}
            />
            {row.term === 'fixed' && (
              <TextField
                id={`emp-${row.key}-validUntil`}
                label={a.validUntil}
                type="date"
                value={row.validUntil}
                onChange={(v) => set(i, { validUntil: v })}
                error={fieldError(error, `${at}/validUntil`)}
              />
            )}
            {rows.length > 1 && (
              <button type="button" className="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {fill(a.removeEmployee, { n: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...rows, emptyEmployee()])}>
        {a.addEmployee}
      </button>
    </fieldset>
  );
}
