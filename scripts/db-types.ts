// Generates each owner's table types from the migrations: `npm run db:types` writes src/<owner>/tables.generated.ts
// (interface <Owner>Tables, the owner's tables only, per src/<owner>/tables.ts) and src/platform/db/tables.generated.ts
// (PlatformTables); `npm run check:db-types` regenerates them in memory and fails naming any file that is stale.
//
// A fresh in-memory PGlite is opened and migrated by the project's own code, then introspected by kysely-codegen over
// that same connection. The mapping follows what our pg type parsers return (platform/db/database.ts): date → string,
// int8 and numeric → number, timestamptz → Date. Two adjustments keep the types as precise as the SQL says:
// - a text column limited by `check (column in ('a', 'b'))` gets the union of those values (the SQL is the truth, and
//   PostgreSQL keeps such a check as `column = ANY (ARRAY[…])`);
// - json/jsonb columns are read as `unknown` (each owner narrows them where it parses them) and written as JSON text,
//   which is how the code writes them (JSON.stringify).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { PlatformTables } from '../src/platform/db/tables.generated.ts';
import {
  ColumnTypeNode,
  DatabaseMetadata,
  IdentifierNode,
  PostgresDialect,
  serializeFromMetadata,
} from 'kysely-codegen';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { ownTables as platform } from '../src/platform/db/tables.ts';
import { ownTables as people } from '../src/people/tables.ts';
import { ownTables as organisations } from '../src/organisations/tables.ts';
import { ownTables as centres } from '../src/centres/tables.ts';
import { ownTables as obligations } from '../src/obligations/tables.ts';
import { ownTables as catalogue } from '../src/catalogue/tables.ts';
import { ownTables as contacts } from '../src/contacts/tables.ts';
import { ownTables as feedback } from '../src/feedback/tables.ts';
import { ownTables as eservices } from '../src/eservices/tables.ts';
import { ownTables as basket } from '../src/basket/tables.ts';
import { ownTables as documents } from '../src/documents/tables.ts';
import { ownTables as indicators } from '../src/indicators/tables.ts';
import { ownTables as scope } from '../src/scope/tables.ts';
import { ownTables as presence } from '../src/presence/tables.ts';
import { ownTables as proposals } from '../src/proposals/tables.ts';
import { ownTables as committee } from '../src/committee/tables.ts';
import { ownTables as staff } from '../src/staff/tables.ts';
import { ownTables as accessApplications } from '../src/access-applications/tables.ts';

interface Owner {
  /** Folder under src/. */
  folder: string;
  /** The generated interface's name. */
  name: string;
  tables: readonly string[];
}

const owners: Owner[] = [
  { folder: 'platform/db', name: 'PlatformTables', tables: platform },
  { folder: 'people', name: 'PeopleTables', tables: people },
  { folder: 'organisations', name: 'OrganisationsTables', tables: organisations },
  { folder: 'centres', name: 'CentresTables', tables: centres },
  { folder: 'obligations', name: 'ObligationsTables', tables: obligations },
  { folder: 'catalogue', name: 'CatalogueTables', tables: catalogue },
  { folder: 'contacts', name: 'ContactsTables', tables: contacts },
  { folder: 'feedback', name: 'FeedbackTables', tables: feedback },
  { folder: 'eservices', name: 'EservicesTables', tables: eservices },
  { folder: 'basket', name: 'BasketTables', tables: basket },
  { folder: 'documents', name: 'DocumentsTables', tables: documents },
  { folder: 'indicators', name: 'IndicatorsTables', tables: indicators },
  { folder: 'scope', name: 'ScopeTables', tables: scope },
  { folder: 'presence', name: 'PresenceTables', tables: presence },
  { folder: 'proposals', name: 'ProposalsTables', tables: proposals },
  { folder: 'committee', name: 'CommitteeTables', tables: committee },
  { folder: 'staff', name: 'StaffTables', tables: staff },
  { folder: 'access-applications', name: 'AccessApplicationsTables', tables: accessApplications },
];

/** Tables nobody owns: Kysely's record of the migrations. (pg-boss keeps its tables in its own schema.) */
const UNOWNED = new Set(['kysely_migration', 'kysely_migration_lock']);

/** Columns the SQL alone does not describe precisely enough. */
const OVERRIDES = {
  // Numbered by its sequence only: the code never writes it.
  'feedback_cases.number': new ColumnTypeNode(
    new IdentifierNode('number'),
    new IdentifierNode('never'),
    new IdentifierNode('never'),
  ),
};

const HEADER = (name: string) =>
  `// Generated from the migrations by scripts/db-types.ts: do not edit, run \`npm run db:types\`.\n` +
  `// ${name}: the tables listed in tables.ts beside this file.\n`;

/** Single-column checks `column = ANY (ARRAY['a'::text, …])`, i.e. `column in ('a', …)`: table → column → values. */
async function checkedValues(db: Kysely<PlatformTables>): Promise<Map<string, Map<string, string[]>>> {
  const rows = await sql<{ table: string; column: string; definition: string }>`
    select c.conrelid::regclass::text as table, a.attname as column, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'c' and cardinality(c.conkey) = 1 and n.nspname = 'public'`.execute(db);
  const result = new Map<string, Map<string, string[]>>();
  for (const row of rows.rows) {
    const match = /^CHECK \(\(\(?"?(\w+)"?\)?(?:::text)? = ANY \(ARRAY\[(.*)\]\)\)\)$/.exec(row.definition);
    if (!match || match[1] !== row.column) continue;
    const values = [...match[2]!.matchAll(/'((?:[^']|'')*)'::(?:text|character varying)/g)].map((m) =>
      m[1]!.replaceAll("''", "'"),
    );
    if (values.length === 0) continue;
    const columns = result.get(row.table) ?? new Map<string, string[]>();
    columns.set(row.column, values);
    result.set(row.table, columns);
  }
  return result;
}

/** The generated files' text by path. */
export async function generateTableTypes(): Promise<Map<string, string>> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const dialect = new PostgresDialect({ dateParser: 'string', numericParser: 'number' });
    // Our pg parser returns int8 as a number (platform/db/database.ts).
    dialect.adapter.scalars.int8 = new IdentifierNode('number');
    // JSON is read as unknown and written as JSON text.
    const text = new IdentifierNode('string');
    dialect.adapter.definitions.Json = new ColumnTypeNode(new IdentifierNode('unknown'), text, text);
    // kysely-codegen is typed against kysely's CommonJS declarations, we against its ES module ones: the same class.
    const metadata = await dialect.introspector.introspect({ db: database.db as never });
    const checks = await checkedValues(database.db);
    for (const table of metadata.tables) {
      for (const column of table.columns) {
        const values = checks.get(table.name)?.get(column.name);
        if (values && column.dataType === 'text' && !column.isArray) column.enumValues = values;
      }
    }

    const owned = new Map<string, string>();
    for (const owner of owners) {
      for (const table of owner.tables) {
        const other = owned.get(table);
        if (other) throw new Error(`Table ${table} is owned by both ${other} and ${owner.folder}`);
        owned.set(table, owner.folder);
      }
    }
    const present = new Set(metadata.tables.map((t) => t.name));
    const unowned = [...present].filter((t) => !owned.has(t) && !UNOWNED.has(t));
    if (unowned.length > 0) throw new Error(`Tables without an owner (add them to a tables.ts): ${unowned.join(', ')}`);
    const missing = [...owned.keys()].filter((t) => !present.has(t));
    if (missing.length > 0) throw new Error(`Owned tables no migration creates: ${missing.join(', ')}`);

    const files = new Map<string, string>();
    for (const owner of owners) {
      const tables = metadata.tables.filter((t) => owner.tables.includes(t.name));
      const output = serializeFromMetadata({
        dialect,
        metadata: new DatabaseMetadata({ enums: metadata.enums, tables }),
        overrides: { columns: OVERRIDES },
        skipAutogeneratedFileComment: true,
        typeOnlyImports: true,
      });
      const body = output
        .replace(/^export interface DB \{/m, `export interface ${owner.name} {`)
        // The helper types are this file's own; only the table interfaces are exported.
        .replace(/^export type (\w+)/gm, 'type $1');
      if (!body.includes(`export interface ${owner.name} {`)) throw new Error(`No DB interface for ${owner.folder}`);
      const path = fileURLToPath(new URL(`../src/${owner.folder}/tables.generated.ts`, import.meta.url));
      files.set(path, HEADER(owner.name) + body);
    }
    return files;
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generateTableTypes();
  const stale: string[] = [];
  for (const [path, text] of files) {
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) stale.push(path);
    else {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(
      `Stale generated table types (run npm run db:types):\n${stale.map((p) => `  ${p}\n`).join('')}`,
    );
    process.exitCode = 1;
  } else if (check) process.stdout.write('Generated table types are up to date.\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
