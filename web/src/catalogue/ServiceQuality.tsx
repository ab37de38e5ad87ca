// Quality control in the editor (SR-13): the content on screen is checked as it is typed (after a pause), or the
// stored version for those who only read; the summary gives the score and every finding, each linking to the
// field it points at (where it is also shown inline).
import { useEffect, useRef, useState } from 'react';
import { client } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { formatScore } from '../shared/format.ts';
import { scoreClass, type Quality, type ServiceContentIn } from './CatalogueShared.tsx';
import { FindingText } from './ServiceFields.tsx';
import { labelOf } from './ServiceFormModel.ts';

const CHECK_AFTER_MS = 600;

export interface QualityState {
  quality: Quality | null;
  /** The content cannot be checked yet (required fields missing or malformed). */
  incomplete: boolean;
}

/** Findings for the content being edited (POST /services/quality-check), debounced. */
export function useQualityCheck(
  holderId: string,
  serviceId: string | null,
  content: ServiceContentIn,
  enabled: boolean,
): QualityState {
  const [state, setState] = useState<QualityState>({ quality: null, incomplete: false });
  const key = JSON.stringify(content);
  useEffect(() => {
    if (!enabled || !holderId) return;
    let live = true;
    const timer = window.setTimeout(() => {
      client
        .POST('/api/v1/services/quality-check', {
          body: { holderId, ...(serviceId ? { serviceId } : {}), content: JSON.parse(key) as ServiceContentIn },
        })
        .then((quality) => live && setState({ quality, incomplete: false }))
        .catch(() => live && setState((s) => ({ quality: s.quality, incomplete: true })));
    }, CHECK_AFTER_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [holderId, serviceId, key, enabled]);
  return state;
}

/** Findings for the stored description (GET /services/:id/quality), for readers. */
export function useStoredQuality(serviceId: string | null, round: string): QualityState {
  const loaded = useGet(serviceId ? '/api/v1/services/{id}/quality' : null, {
    params: { path: { id: serviceId ?? '' } },
  });
  const { reload } = loaded;
  const first = useRef(round);
  // A saved change is a new round: read the findings again.
  useEffect(() => {
    if (round !== first.current) reload();
  }, [round, reload]);
  return { quality: loaded.data ?? null, incomplete: false };
}

interface Props {
  state: QualityState;
  /** The element id a finding's pointer is shown at. */
  anchorOf(pointer: string): string;
}

export function QualitySummary({ state, anchorOf }: Props) {
  const { m, lang } = useI18n();
  const q = m.catalogue.quality;
  const { quality, incomplete } = state;
  const errors = quality?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = quality?.findings.filter((f) => f.severity === 'warning').length ?? 0;
  return (
    <section aria-labelledby="svc-quality-title" className="quality-summary">
      <h2 id="svc-quality-title">{q.editorTitle}</h2>
      {incomplete && <p className="muted">{q.incomplete}</p>}
      {!quality && !incomplete && <p className="muted">{q.pending}</p>}
      {quality && (
        <>
          <p>
            <span className={scoreClass(quality.score)} data-testid="quality-score">
              {fill(q.score, { score: formatScore(lang, quality.score) })}
            </span>{' '}
            {fill(q.counts, { errors, warnings })}
          </p>
          {quality.findings.length === 0 ? (
            <p>{q.noFindings}</p>
          ) : (
            <ul className="findings findings--summary">
              {quality.findings.map((f) => (
                <li key={f.check + f.field + f.code} className={`finding finding--${f.severity}`}>
                  <a href={`#${anchorOf(f.field)}`}>{labelOf(m, f.field) || q.wholeService}</a>:{' '}
                  <FindingText finding={f} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
