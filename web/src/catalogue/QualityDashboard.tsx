// The catalogue's quality dashboard (SR-13): a score per holder with its errors, warnings and descriptions not
// confirmed this quarter (SR-11), how often each check finds something, and the weakest descriptions linking to
// their editor. The ministry, auditors and the maintainer see every holder; a holder's people their own.
import { type ApiResponse, withQuery } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { formatScore } from '../shared/format.ts';
import { scoreClass } from './CatalogueShared.tsx';
import { QualityChecks } from './QualityChecks.tsx';

/** GET /api/v1/catalogue/quality. */
export type QualityOverview = ApiResponse<'getCatalogueQuality'>;

export function ScoreTag({ score }: { score: number | null }) {
  const { m, lang } = useI18n();
  if (score === null) return <span className="muted">—</span>;
  return (
    <span className={scoreClass(score)}>{fill(m.catalogue.quality.score, { score: formatScore(lang, score) })}</span>
  );
}

export function QualityDashboardPage() {
  const { m } = useI18n();
  const q = m.catalogue.quality;
  const { query } = useLocation();
  const holderId = query.get('holderId') ?? '';
  const { data, error, loading } = useGet('/api/v1/catalogue/quality', { params: { query: { holderId } } });
  const everyone = useGet(holderId ? '/api/v1/catalogue/quality' : null);
  const holderOptions =
    (everyone.data ?? data)?.holders.map((h) => ({ value: h.holder.id, label: h.holder.name })) ?? [];

  return (
    <Page title={q.title} wide>
      <p className="lead">{q.intro}</p>
      {holderOptions.length > 1 && (
        <div className="filters">
          <SelectField
            id="quality-holder"
            label={q.holder}
            value={holderId}
            onChange={(next) => navigate(withQuery('/quality', { holderId: next }))}
            placeholder={q.allHolders}
            options={holderOptions}
          />
        </div>
      )}
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <section aria-labelledby="quality-holders-title">
            <h2 id="quality-holders-title">{q.byHolder}</h2>
            {data.holders.length === 0 ? (
              <p>{q.noServices}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{q.byHolder}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{q.holder}</th>
                      <th scope="col" className="number">
                        {q.services}
                      </th>
                      <th scope="col">{q.scoreTitle}</th>
                      <th scope="col" className="number">
                        {q.errors}
                      </th>
                      <th scope="col" className="number">
                        {q.warnings}
                      </th>
                      <th scope="col" className="number">
                        {q.unverified}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.holders.map((h) => (
                      <tr key={h.holder.id}>
                        <th scope="row" className="rule-title">
                          <Link to={withQuery('/quality', { holderId: h.holder.id })}>{h.holder.name}</Link>
                        </th>
                        <td className="number">{h.services}</td>
                        <td>
                          <ScoreTag score={h.score} />
                        </td>
                        <td className="number">{h.errors}</td>
                        <td className="number">{h.warnings}</td>
                        <td className="number">
                          {h.unverified > 0 ? <span className="overdue-count">{h.unverified}</span> : 0}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <QualityChecks checks={data.checks} />
          <section aria-labelledby="quality-worst-title" className="panel">
            <h2 id="quality-worst-title">{q.worst}</h2>
            {data.worst.length === 0 ? (
              <p>{q.noServices}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{q.worst}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.catalogue.editor.identifier}</th>
                      <th scope="col">{m.catalogue.editor.fields.name}</th>
                      <th scope="col">{q.holder}</th>
                      <th scope="col">{q.scoreTitle}</th>
                      <th scope="col" className="number">
                        {q.findings}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.worst.map((s) => (
                      <tr key={s.id}>
                        <td className="nowrap">{s.identifier}</td>
                        <th scope="row" className="rule-title">
                          <Link to={`/services/${s.id}`}>{s.nameLv}</Link>
                        </th>
                        <td>{s.holder.name}</td>
                        <td>
                          <ScoreTag score={s.score} />
                        </td>
                        <td className="number">{Array.isArray(s.findings) ? s.findings.length : s.findings}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
