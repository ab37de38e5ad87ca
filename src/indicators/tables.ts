import type { Selectable } from 'kysely';
import type { IndicatorsTables } from './tables.generated.ts';

// Tables owned by the indicators: completions of forwarded applications, the holders' own channel counts, the
// published years, the evaluations and the ministry's requests.
export const ownTables = [
  'indicator_completions',
  'indicator_channel_counts',
  'indicator_publications',
  'indicator_evaluations',
  'indicator_requests',
] as const;

export type CompletionRow = Selectable<IndicatorsTables['indicator_completions']>;
export type ChannelCountRow = Selectable<IndicatorsTables['indicator_channel_counts']>;
export type PublicationRow = Selectable<IndicatorsTables['indicator_publications']>;
export type EvaluationRow = Selectable<IndicatorsTables['indicator_evaluations']>;
export type RequestRow = Selectable<IndicatorsTables['indicator_requests']>;
