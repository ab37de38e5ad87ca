// The whole database as the composition root sees it: every owner's generated tables together. Capability code takes
// DB and Deps from here; platform code sees only its own tables (platform/deps.ts, platform/db/tables.generated.ts).
import type { Database as PlatformDatabase } from './platform/db/database.ts';
import type { PlatformTables } from './platform/db/tables.generated.ts';
import type { Deps as PlatformDeps } from './platform/deps.ts';
import type { Tx as PlatformTx } from './platform/db/transaction.ts';
import type { Job as GenericJob } from './platform/jobs/job.ts';
import type { CatalogueTables } from './catalogue/tables.generated.ts';
import type { CentresTables } from './centres/tables.generated.ts';
import type { ContactsTables } from './contacts/tables.generated.ts';
import type { EservicesTables } from './eservices/tables.generated.ts';
import type { BasketTables } from './basket/tables.generated.ts';
import type { DocumentsTables } from './documents/tables.generated.ts';
import type { IndicatorsTables } from './indicators/tables.generated.ts';
import type { ScopeTables } from './scope/tables.generated.ts';
import type { CommitteeTables } from './committee/tables.generated.ts';
import type { PresenceTables } from './presence/tables.generated.ts';
import type { FeedbackTables } from './feedback/tables.generated.ts';
import type { ObligationsTables } from './obligations/tables.generated.ts';
import type { OrganisationsTables } from './organisations/tables.generated.ts';
import type { PeopleTables } from './people/tables.generated.ts';
import type { ProposalsTables } from './proposals/tables.generated.ts';
import type { StaffTables } from './staff/tables.generated.ts';
import type { AccessApplicationsTables } from './access-applications/tables.generated.ts';

export type DB = PlatformTables &
  PeopleTables &
  OrganisationsTables &
  CentresTables &
  ObligationsTables &
  CatalogueTables &
  ContactsTables &
  FeedbackTables &
  EservicesTables &
  BasketTables &
  DocumentsTables &
  PresenceTables &
  IndicatorsTables &
  ScopeTables &
  CommitteeTables &
  ProposalsTables &
  StaffTables &
  AccessApplicationsTables;

export type Deps = PlatformDeps<DB>;
export type Database = PlatformDatabase<DB>;
export type Tx = PlatformTx<DB>;
export type Job = GenericJob<DB>;

/** The tables whose rows people edit through PUT, PATCH or DELETE (their version column: 0014_versions). */
export type VersionedTable =
  | 'services'
  | 'centres'
  | 'service_points'
  | 'organisations'
  | 'organisation_contacts'
  | 'users'
  | 'contacts';
