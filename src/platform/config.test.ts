import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { loadConfig, ConfigError } from './config.ts';
import { DEV_AUDIT_KEY, DEV_SIGNING_SEED, parseSigningKey } from './audit/keys.ts';

/** Production's audit secrets: an HMAC key of its own and an Ed25519 key of its own. */
const AUDIT = {
  AUDIT_KEY: 'a-production-audit-key-of-forty-characters',
  AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
};

test('development defaults are safe and demo is on', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.demo, true);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.databaseUrl, undefined);
  assert.match(c.dataDir, /data$/);
});

test('production refuses demo accounts and the embedded database', () => {
  assert.throws(
    () => loadConfig({ NODE_ENV: 'production', DEMO: 'true', DATABASE_URL: 'postgres://x/y' }),
    ConfigError,
  );
  assert.throws(() => loadConfig({ NODE_ENV: 'production', ...AUDIT }), /DATABASE_URL/);
  const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', ...AUDIT });
  assert.equal(c.demo, false);
});

test('bad settings fail fast with the setting named', () => {
  assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT/);
  assert.throws(() => loadConfig({ DEMO: 'perhaps' }), /DEMO/);
  assert.throws(() => loadConfig({ ADMIN_EMAIL: 'a@b.lv' }), /ADMIN_EMAIL and ADMIN_PASSWORD/);
  assert.throws(
    () =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x/y',
        ...AUDIT,
        ADMIN_EMAIL: 'a@b.lv',
        ADMIN_PASSWORD: 'short',
      }),
    /ADMIN_PASSWORD/,
  );
});

test('REMINDER_WORKING_DAYS: 3 by default, 0 to 30 working days', () => {
  assert.equal(loadConfig({}).reminderWorkingDays, 3);
  assert.equal(loadConfig({ REMINDER_WORKING_DAYS: '0' }).reminderWorkingDays, 0);
  assert.throws(() => loadConfig({ REMINDER_WORKING_DAYS: '31' }), /REMINDER_WORKING_DAYS/);
  assert.throws(() => loadConfig({ REMINDER_WORKING_DAYS: 'three' }), /REMINDER_WORKING_DAYS/);
});

test('audit secrets: development defaults, and production refuses a missing, short or published AUDIT_KEY and a missing or published AUDIT_SIGNING_KEY', () => {
  const dev = loadConfig({});
  assert.equal(dev.auditKey, DEV_AUDIT_KEY);
  assert.deepEqual([dev.auditPreviousKeys, dev.auditDigestTo], [[], []]);
  const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' };
  assert.equal(loadConfig({ ...prod, ...AUDIT }).auditKey, AUDIT.AUDIT_KEY);
  assert.throws(() => loadConfig({ ...prod, AUDIT_SIGNING_KEY: AUDIT.AUDIT_SIGNING_KEY }), /needs AUDIT_KEY/);
  assert.throws(() => loadConfig({ ...prod, ...AUDIT, AUDIT_KEY: 'short-key' }), /needs AUDIT_KEY/);
  assert.throws(() => loadConfig({ ...prod, ...AUDIT, AUDIT_KEY: DEV_AUDIT_KEY }), /needs AUDIT_KEY/);
  assert.throws(() => loadConfig({ ...prod, AUDIT_KEY: AUDIT.AUDIT_KEY }), /needs AUDIT_SIGNING_KEY/);
  assert.throws(
    () => loadConfig({ ...prod, ...AUDIT, AUDIT_SIGNING_KEY: DEV_SIGNING_SEED }),
    /needs AUDIT_SIGNING_KEY/,
  );
});

test('AUDIT_SIGNING_KEY is a PEM (newlines may be written \\n) or the base64 of a 32-byte seed; anything else fails fast, in any environment', () => {
  const pem = AUDIT.AUDIT_SIGNING_KEY;
  assert.ok(
    parseSigningKey(loadConfig({ AUDIT_SIGNING_KEY: pem.replace(/\n/g, '\\n') }).auditSigningKey).equals(
      parseSigningKey(pem),
    ),
  );
  assert.equal(parseSigningKey(loadConfig({}).auditSigningKey).asymmetricKeyType, 'ed25519');
  assert.throws(() => loadConfig({ AUDIT_SIGNING_KEY: 'c2hvcnQ=' }), /AUDIT_SIGNING_KEY .*32-byte/);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  assert.throws(
    () => loadConfig({ AUDIT_SIGNING_KEY: rsa }),
    /AUDIT_SIGNING_KEY .*Ed25519 key is needed, this one is rsa/,
  );
});

test('AUDIT_DIGEST_TO and AUDIT_PREVIOUS_KEYS are comma-separated lists; a bad address is named', () => {
  const c = loadConfig({
    AUDIT_DIGEST_TO: ' revidents@example.lv , audits@vraa.example.lv ',
    AUDIT_PREVIOUS_KEYS: 'old-one,older-one',
  });
  assert.deepEqual(c.auditDigestTo, ['revidents@example.lv', 'audits@vraa.example.lv']);
  assert.deepEqual(c.auditPreviousKeys, ['old-one', 'older-one']);
  assert.throws(() => loadConfig({ AUDIT_DIGEST_TO: 'revidents@example.lv, nobody' }), /AUDIT_DIGEST_TO .*"nobody"/);
});

test("MAP_TILE_URL: off by default; a {z}/{x}/{y} template whose host (or {s} subdomains) becomes the CSP's image source; bad ones fail fast", () => {
  assert.equal(loadConfig({}).mapTiles, undefined);
  const osm = loadConfig({
    MAP_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
    MAP_TILE_ATTRIBUTION: ' © OpenStreetMap ',
  }).mapTiles;
  assert.deepEqual(osm, {
    url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap',
    imageSource: 'https://*.tile.example.org',
  });
  assert.equal(
    loadConfig({ MAP_TILE_URL: 'http://127.0.0.1:8080/t/{z}/{x}/{y}{r}.png' }).mapTiles?.imageSource,
    'http://127.0.0.1:8080',
  );
  assert.throws(
    () => loadConfig({ MAP_TILE_URL: 'https://tiles.example.lv/{z}/{x}.png' }),
    /MAP_TILE_URL must be a tile URL template/,
  );
  assert.throws(
    () => loadConfig({ MAP_TILE_URL: 'ftp://tiles.example.lv/{z}/{x}/{y}.png' }),
    /MAP_TILE_URL must be an http\(s\) URL/,
  );
  assert.throws(() => loadConfig({ MAP_TILE_URL: 'https://user:pw@tiles.example.lv/{z}/{x}/{y}.png' }), /credentials/);
  assert.throws(
    () => loadConfig({ MAP_TILE_URL: 'https://tiles.{s}.example.lv/{z}/{x}/{y}.png' }),
    /placeholder in its host/,
  );
  assert.throws(
    () =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x/y',
        ...AUDIT,
        MAP_TILE_URL: 'http://tiles.example.lv/{z}/{x}/{y}.png',
      }),
    /MAP_TILE_URL must use https in production/,
  );
});
