// Every version of a description, newest first: the draft, the one in force and those published before, with the
// time each was in force (every published version is kept).
import { useEffect, useRef } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';

export function ServiceVersions({ serviceId, round }: { serviceId: string; round: string }) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const { data, error, reload } = useGet('/api/v1/services/{id}/versions', { params: { path: { id: serviceId } } });
  const first = useRef(round);
  useEffect(() => {
    if (round !== first.current) reload();
  }, [round, reload]);
  return (
    <section aria-labelledby="svc-versions-title" className="panel">
      <h2 id="svc-versions-title">{e.versions}</h2>
      <ErrorSummary error={error} />
      {data && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{e.versions}</caption>
            <thead>
              <tr>
                <th scope="col">{e.version}</th>
                <th scope="col">{e.versionState}</th>
                <th scope="col">{e.inForceFrom}</th>
                <th scope="col">{e.inForceTo}</th>
                <th scope="col">{e.changedAt}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((v) => (
                <tr key={v.number}>
                  <th scope="row">{v.number}</th>
                  <td>{e.versionStates[v.state]}</td>
                  <td>{formatDateTime(v.publishedFrom) || '—'}</td>
                  <td>{formatDateTime(v.publishedTo) || '—'}</td>
                  <td>{formatDateTime(v.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
