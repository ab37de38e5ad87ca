import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from './config.ts';

test('development defaults are safe and demo is on', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.demo, true);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.databaseUrl, undefined);
  assert.match(c.dataDir, /data$/);
});

test('production refuses demo accounts and the embedded database', () => {
  assert.throws(() => loadConfig({ NODE_ENV: 'production', DEMO: 'true', DATABASE_URL: 'postgres://x/y' }), ConfigError);
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /DATABASE_URL/);
  const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' });
  assert.equal(c.demo, false);
});

test('bad settings fail fast with the setting named', () => {
  assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT/);
  assert.throws(() => loadConfig({ DEMO: 'perhaps' }), /DEMO/);
  assert.throws(() => loadConfig({ ADMIN_EMAIL: 'a@b.lv' }), /ADMIN_EMAIL and ADMIN_PASSWORD/);
  assert.throws(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', ADMIN_EMAIL: 'a@b.lv', ADMIN_PASSWORD: 'short' }), /ADMIN_PASSWORD/);
});

test('REMINDER_WORKING_DAYS: 3 by default, 0 to 30 working days', () => {
  assert.equal(loadConfig({}).reminderWorkingDays, 3);
  assert.equal(loadConfig({ REMINDER_WORKING_DAYS: '0' }).reminderWorkingDays, 0);
  assert.throws(() => loadConfig({ REMINDER_WORKING_DAYS: '31' }), /REMINDER_WORKING_DAYS/);
  assert.throws(() => loadConfig({ REMINDER_WORKING_DAYS: 'three' }), /REMINDER_WORKING_DAYS/);
});
