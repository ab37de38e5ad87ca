// A list filter's date range: two labelled date fields, either may stay empty (open-ended). The labels say which date
// of the record the range is about ("due from", "received from"); the server refuses an end before the start, naming
// the field.
import { TextField } from './Field.tsx';

export interface DateRange {
  from: string;
  to: string;
}

interface Props {
  /** The fields' ids are `${id}-from` and `${id}-to`. */
  id: string;
  value: DateRange;
  labels: { from: string; to: string };
  errors?: { from?: string | undefined; to?: string | undefined };
  onChange(next: DateRange): void;
}

export function DateRangeFields({ id, value, labels, errors, onChange }: Props) {
  return (
    <>
      <TextField
        id={`${id}-from`}
        type="date"
        label={labels.from}
        value={value.from}
        max={value.to || undefined}
        error={errors?.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <TextField
        id={`${id}-to`}
        type="date"
        label={labels.to}
        value={value.to}
        min={value.from || undefined}
        error={errors?.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </>
  );
}
