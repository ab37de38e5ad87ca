// The shared table in the browser (web/src/shared/DataTable.tsx), on the directory's organisations: a header sorts
// the rows by the Latvian alphabet from the keyboard and says so with aria-sort; the CSV download opens in Excel
// with the Latvian letters intact (UTF-8 with a byte order mark, semicolons); axe-clean sorted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const latvian = new Intl.Collator('lv', { sensitivity: 'base', numeric: true });

test('a sortable header orders the organisations by the Latvian alphabet both ways; the CSV keeps Latvian letters', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await page.goto('/organisations');
  await settled(page);
  const table = page.getByRole('table', { name: lv.directory.title });
  const names = () => table.locator('tbody tr td:first-child a').allTextContents();
  const header = table.getByRole('columnheader', { name: lv.directory.fields.name });
  assert.equal(await header.getAttribute('aria-sort'), null, 'the server’s order until a header is pressed');

  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const ascending = await names();
  assert.ok(ascending.length > 5, ascending.join(', '));
  assert.deepEqual(ascending, [...ascending].sort(latvian.compare));
  await checkA11y(page, 'organisations sorted by name');

  await page.keyboard.press(' ');
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await names(), [...ascending].reverse());

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: lv.table.csv }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^organisations-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  assert.ok(path, 'downloaded');
  const csv = await readFile(path, 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte order mark: Excel reads UTF-8');
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(
    lines[0],
    [lv.directory.fields.name, lv.directory.fields.kind, lv.directory.fields.regNo, lv.directory.centres].join(';'),
  );
  assert.equal(lines.length, ascending.length + 1, 'every row, in the order shown');
  assert.ok(lines[1]?.startsWith(ascending.at(-1) ?? '?'), lines[1]);
  assert.ok(
    lines.some((l) => /[āčēģīķļņšūž]/i.test(l)),
    'Latvian letters as they are',
  );
  await page.context().close();
});
