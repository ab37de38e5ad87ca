// Shows why a request failed: the API's own message (already in the user's language), the field errors that
// have no field on screen, or that the server is unreachable. Focused when it appears so it is not missed.
import { useEffect, useRef } from 'react';
import { ApiError, UnreachableError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import type { FieldMap } from './Field.tsx';

interface Props {
  error: unknown;
  /** The fields this form shows, by JSON pointer: their errors link to the input. */
  fields?: FieldMap;
}

export function ErrorSummary({ error, fields = {} }: Props) {
  const { m } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const unreachable = error instanceof UnreachableError;
  const api = error instanceof ApiError ? error : null;
  const title = unreachable ? m.common.unreachableTitle : api?.title || m.common.genericError;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert__title">
        <span className="visually-hidden">{m.common.errorPrefix} </span>
        {title}
      </p>
      {unreachable && <p>{m.common.unreachableText}</p>}
      {api && api.errors.length > 0 && (
        <ul>
          {api.errors.map((e) => {
            const field = fields[e.field];
            return (
              <li key={e.field + e.code}>
                {field ? (
                  <a href={`#${field.id}`}>{`${field.label}: ${e.message}`}</a>
                ) : (
                  `${e.field.replace(/^\//, '') || '—'}: ${e.message}`
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
