// Every row of a server-paged list for a table's downloads: page after page at the largest page size, stopping at the
// total, at a short page, or at the cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, PAGE_MAX } from './all-pages.ts';

function server(total: number) {
  const asked: [number, number][] = [];
  const rows = Array.from({ length: total }, (_, i) => i);
  const page = async (offset: number, limit: number) => {
    asked.push([offset, limit]);
    return { items: rows.slice(offset, offset + limit), total };
  };
  return { asked, page };
}

test('a list of 450 rows comes in three pages of the largest size, in order', async () => {
  const s = server(450);
  const rows = await allPages(s.page);
  assert.deepEqual(
    rows,
    Array.from({ length: 450 }, (_, i) => i),
  );
  assert.deepEqual(s.asked, [
    [0, PAGE_MAX],
    [200, PAGE_MAX],
    [400, PAGE_MAX],
  ]);
});

test('an empty list and a list of exactly one full page are each asked for once', async () => {
  const empty = server(0);
  assert.deepEqual(await allPages(empty.page), []);
  assert.equal(empty.asked.length, 1);
  const full = server(PAGE_MAX);
  assert.equal((await allPages(full.page)).length, PAGE_MAX);
  assert.equal(full.asked.length, 1, 'the total says there is no more');
});

test('a longer list is cut at the cap', async () => {
  const s = server(1000);
  assert.equal((await allPages(s.page, 500)).length, 500);
  assert.equal(s.asked.length, 3);
});
