import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

test('the start command prints the URL and demo logins, finishes in-flight requests on SIGTERM, then exits cleanly', async (t) => {
  if (process.env.TEST_DATABASE_URL)
    t.diagnostic('runs on the embedded database: the start command is the one-command demo');
  const dir = mkdtempSync(join(tmpdir(), 'vienuviet-start-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dir,
      PORT: '0',
      NODE_ENV: 'development',
      RUN_JOBS: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
      child.stdout.on('data', () => {
        const m = out.match(/Vienuviet is running: (http:\/\/[^\s]+)/);
        if (m && out.includes('auditors@demo.vienuviet.lv')) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    assert.match(out, /demo logins/);
    assert.match(out, /centre_employee\s+darbinieks@demo\.vienuviet\.lv/);

    // A request whose body is still arriving when SIGTERM comes must still get its answer.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${url}/api/v1/auth/set-password`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"token":"not-a-real-token","password":"');
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end('a-long-enough-password"}'), 300);
      }, 200);
    });
    const res = await answer;
    assert.equal(res.status, 400);
    assert.equal(JSON.parse(res.body).code, 'validation_failed');
    assert.equal(await exited, 0);
    assert.equal(existsSync(join(dir, 'vienuviet.lock')), false, 'the data folder is unlocked');
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
