// The API messages as the composition root hands them to the i18n mechanism: every capability's table registered,
// no code twice, every text in Latvian and English with the same parameters, and every code the code throws known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capabilityMessages } from './routes.ts';
import { isMessageCode, registerMessages, type MessageTable } from './platform/i18n/messages.ts';
import { platformMessages } from './platform/i18n/platform-messages.ts';

const src = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' || entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every capability that has messages.ts is registered by the composition root, and no code is defined twice', async () => {
  registerMessages(capabilityMessages);
  const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'platform');
  for (const folder of folders) {
    if (!readdirSync(join(src, folder.name)).includes('messages.ts')) continue;
    const module = (await import(`./${folder.name}/messages.ts`)) as Record<string, MessageTable>;
    for (const [name, table] of Object.entries(module)) {
      assert.ok(
        (capabilityMessages as readonly MessageTable[]).includes(table),
        `${folder.name}/messages.ts ${name} is not in src/routes.ts`,
      );
    }
  }
  const codes = [platformMessages, ...capabilityMessages].flatMap((table) => Object.keys(table));
  assert.deepEqual(
    codes.filter((code, i) => codes.indexOf(code) !== i),
    [],
  );
});

test('every message has Latvian and English text with the same parameters', () => {
  const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const table of [platformMessages, ...capabilityMessages]) {
    for (const [code, { lv, en }] of Object.entries(table)) {
      assert.ok(lv.trim() && en.trim(), `${code} lacks a language`);
      assert.deepEqual(params(lv), params(en), code);
    }
  }
});

test('every code thrown or named as a field issue in src has a message in both languages', () => {
  registerMessages(capabilityMessages);
  const patterns = [
    /new \w+Error\(\s*'([a-z0-9_]+)'/g,
    /ValidationError\.(?:field|query|path)\([^,]+,\s*'([a-z0-9_]+)'/g,
    /\bcode: '([a-z0-9_]+)'/g,
  ];
  const unknown: string[] = [];
  let seen = 0;
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        seen++;
        if (!isMessageCode(match[1]!)) unknown.push(`${file.slice(src.length)}: ${match[1]}`);
      }
    }
  }
  assert.ok(seen > 100, `only ${seen} codes found: the patterns no longer match the code`);
  assert.deepEqual(unknown, []);
});
