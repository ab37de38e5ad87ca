// Small files: a file of a capability folder, the platform, common/ or the web that grows past 400 lines is split by meaning
// before it lands (CONTRIBUTING.md). Data (JSON, SQL migrations) and generated files are exempt.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const LIMIT = 400;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'data' && name !== 'migrations') out.push(...sources(path));
    } else if (/\.(ts|tsx|css|mjs)$/.test(name) && !name.endsWith('.generated.ts')) out.push(path);
  }
  return out;
}

test('no source file of common/, src/ or web/src/ is over 400 lines (data and generated files excepted)', () => {
  const long = [...sources(join(root, 'common')), ...sources(join(root, 'src')), ...sources(join(root, 'web', 'src'))]
    .map((path) => ({ path: relative(root, path), lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
    .filter((file) => file.lines > LIMIT)
    .map((file) => `${file.path}: ${file.lines} lines`);
  assert.deepEqual(long, []);
});

test('the size check sees the tree it guards (it is not passing on an empty list)', () => {
  assert.ok(sources(join(root, 'src')).length > 200);
  assert.ok(sources(join(root, 'web', 'src')).length > 100);
});
