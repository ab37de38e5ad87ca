// Each capability owns its tables (`src/<capability>/tables.ts`) and the platform owns the mechanisms' tables
// (`src/platform/db/tables.ts`). Another capability reads or writes them only by calling the owner's exported
// functions, never by naming the table in a query: then an owner can change its tables without breaking others.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tablesIn } from './table-scan.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, 'src');
const PLATFORM = 'platform';

/** The product's sources of a folder: not its tests, test helpers (`test-fixtures.ts`, `test-*.ts`) or generated types. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$|\.generated\.ts$|^test-.*\.ts$|\.d\.ts$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

function capabilities(): string[] {
  return readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory() && name !== PLATFORM);
}

/** table → owner ('platform' or a capability), from the owners' declarations. */
async function tableOwners(): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  const declarations = [
    { owner: PLATFORM, file: join(src, PLATFORM, 'db', 'tables.ts') },
    ...capabilities().map((owner) => ({ owner, file: join(src, owner, 'tables.ts') })),
  ];
  for (const { owner, file } of declarations) {
    if (!existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (!Array.isArray(value)) continue;
      for (const table of value) {
        if (typeof table !== 'string') continue;
        const previous = owners.get(table);
        assert.ok(previous === undefined || previous === owner, `${table} is declared by ${previous} and ${owner}`);
        owners.set(table, owner);
      }
    }
  }
  return owners;
}

async function violations(): Promise<string[]> {
  const owners = await tableOwners();
  const out: string[] = [];
  for (const folder of [PLATFORM, ...capabilities()]) {
    for (const file of sourceFiles(join(src, folder))) {
      for (const table of [...tablesIn(readFileSync(file, 'utf8'))].sort()) {
        const owner = owners.get(table);
        if (owner !== undefined && owner !== folder) out.push(`${relative(root, file)}: ${table} (${owner})`);
      }
    }
  }
  return out;
}

describe('table ownership', () => {
  it('every table of the migrations has one owner', async () => {
    const owners = await tableOwners();
    // The tables that exist after every migration, applied in their one order (by number across the folders):
    // a table a later migration drops needs no owner.
    const created = new Set<string>();
    const migrations = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.sql'))
      .sort((a, b) => basename(a).localeCompare(basename(b)));
    for (const file of migrations) {
      const text = readFileSync(join(src, file), 'utf8');
      for (const match of text.matchAll(/(create|drop)\s+table\s+(?:if\s+(?:not\s+)?exists\s+)?([a-z_][a-z0-9_]*)/gi)) {
        const table = (match[2] as string).toLowerCase();
        if ((match[1] as string).toLowerCase() === 'create') created.add(table);
        else created.delete(table);
      }
    }
    assert.ok(created.size > 0, 'no migration found');
    assert.deepEqual([...created].filter((table) => !owners.has(table)).sort(), [], 'tables no tables.ts declares');
  });

  it('the scanner finds tables in Kysely calls and in raw SQL, not in comments', () => {
    const text = [
      "// selectFrom('users')",
      "db.selectFrom('contacts as c').innerJoin('centres as ce', 'ce.id', 'c.centre_id')",
      "trx.insertInto('audit_events'); db.selectFrom(['services', 'organisations as o'])",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template placeholder, read by the scanner.
      'sql`select 1 from obligations o join feedback_cases f on true where ${x} in (select id from sessions)`',
      "const r = /from users/; const s = 'delete from mail_outbox'",
      '/* update role_grants */',
    ].join('\n');
    assert.deepEqual([...tablesIn(text)].sort(), [
      'audit_events',
      'centres',
      'contacts',
      'feedback_cases',
      'mail_outbox',
      'obligations',
      'organisations',
      'services',
      'sessions',
    ]);
  });

  it("a capability touches only its own tables, the platform's only through platform functions, and the platform only its own", async () => {
    const found = await violations();
    assert.deepEqual(found, [], `${found.length} queries name another owner's table:\n${found.join('\n')}`);
  });
});
