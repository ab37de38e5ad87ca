import type { Selectable } from 'kysely';
import type { PresenceTables } from './tables.generated.ts';

// Tables owned by presence: the notices institutions send centres about their officers (CR-19.1 … CR-19.4), and
// the heads of centre the municipality appoints (CR-20.3).
export const ownTables = ['presence_notices', 'presence_centre_heads'] as const;

// Row types of these tables, derived from the generated ones (the SQL is the truth).
export type NoticeRow = Selectable<PresenceTables['presence_notices']>;
export type HeadRow = Selectable<PresenceTables['presence_centre_heads']>;
export const NOTICE_KINDS = ['assignment', 'hours_change', 'absence', 'substitution'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
