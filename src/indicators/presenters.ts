// Rows as the API answers them.
import type { EvaluationRow, PublicationRow, RequestRow } from './tables.ts';

export const presentPublication = (p: PublicationRow) => ({
  id: p.id,
  holderId: p.holder_id,
  year: p.year,
  version: p.version,
  changeNote: p.change_note,
  contentHash: p.content_hash,
  publishedOn: p.published_on,
  publishedAt: p.published_at.toISOString(),
});

export const presentEvaluation = (e: EvaluationRow) => ({
  holderId: e.holder_id,
  year: e.year,
  serviceListChanges: e.service_list_changes,
  processImprovements: e.process_improvements,
  accessibilityMeasures: e.accessibility_measures,
  recordedOn: e.recorded_on,
});

export const presentRequest = (r: RequestRow) => ({
  id: r.id,
  holderId: r.holder_id,
  year: r.year,
  note: r.note,
  requestedAt: r.requested_at.toISOString(),
  answeredAt: r.answered_at ? r.answered_at.toISOString() : null,
  answerNote: r.answer_note,
});
