// One typed configuration, read once from the environment. Every setting has a safe development default;
// production (NODE_ENV=production) refuses the unsafe ones instead of starting quietly insecure.
import { resolve } from 'node:path';
import { DEV_AUDIT_KEY, DEV_SIGNING_SEED, parseSigningKey } from './audit/keys.ts';

export interface Config {
  /** production | development | test — production turns on Secure cookies and refuses demo data. */
  env: 'production' | 'development' | 'test';
  /** HTTP port for the API and the web UI (one process, one port). */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** Public base URL, used in links sent by e-mail (set-password links). */
  publicUrl: string;
  /** PostgreSQL server URL; when empty the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /**
   * DATABASE_PREPARED=on|off: run the hot statements marked `/* prepared *\/` as named prepared statements (planned once
   * per connection). Off behind a pooler that cannot keep them: PgBouncer before 1.21 in transaction pooling mode.
   */
  databasePrepared: boolean;
  /** Folder of the embedded database (ignored with DATABASE_URL). */
  dataDir: string;
  /** Load demo organisations and one demo account per role into an empty database. Never in production. */
  demo: boolean;
  /** First maintainer account, created when the database has no users (how an operator bootstraps production). */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** SMTP server for outgoing mail (smtp://user:pass@host:port); without it mail stays in the outbox, readable in the UI. */
  smtpUrl: string | undefined;
  /** Sender address of outgoing mail. */
  mailFrom: string;
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after login whatever the activity. */
  sessionAbsoluteHours: number;
  /** Failed logins in a row before the account is locked for `lockoutMinutes`. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Login attempts per minute from one address. */
  loginRatePerMinute: number;
  /** Largest accepted request body in bytes (larger ones get 413). */
  bodyLimitBytes: number;
  /** DOCUMENTS_MAX_BYTES: largest document (upload or server-made file) in bytes; larger uploads get 413. */
  documentsMaxBytes: number;
  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  logLevel: string;
  /** Trust X-Forwarded-* headers (behind a load balancer). */
  trustProxy: boolean;
  /** Run background jobs (mail sender, expiry sweeps) in this process: its pg-boss workers and scheduler. */
  runJobs: boolean;
  /** Working days before an obligation's due date on which its owner's people get a reminder e-mail (0: on the day). */
  reminderWorkingDays: number;
  /** LINK_CHECK=on|off: the background job asking the catalogue's links whether they answer (SR-13); off in tests. */
  linkCheck: boolean;
  /** AUDIT_KEY: secret of the audit trail's HMAC-SHA256 chains (32+ characters, required in production). */
  auditKey: string;
  /** AUDIT_PREVIOUS_KEYS: earlier AUDIT_KEY values, comma-separated, kept after a rotation to verify older events. */
  auditPreviousKeys: string[];
  /** AUDIT_SIGNING_KEY: Ed25519 private key (PKCS#8 PEM or base64 of a 32-byte seed) signing the anchor digests. */
  auditSigningKey: string;
  /** AUDIT_DIGEST_TO: auditors' addresses, comma-separated, that get the signed digest of the chains' heads daily. */
  auditDigestTo: string[];
  /** MAP_TILE_URL (+ MAP_TILE_ATTRIBUTION): the public centre finder's map tiles; without it the finder has no map. */
  mapTiles: MapTiles | undefined;
}

export interface MapTiles {
  /** A Leaflet URL template: https://tiles.example.lv/{z}/{x}/{y}.png, with {s} as the first label for subdomains. */
  url: string;
  /** The credit line the tile provider requires, shown on the map (plain text). */
  attribution: string;
  /** The Content-Security-Policy source that lets the browser load the tiles (img-src), e.g. https://*.tile.example.lv. */
  imageSource: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function emails(env: Env, name: string): string[] {
  const values = list(env, name);
  const bad = values.find((v) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || v.length > 254);
  if (bad !== undefined) throw new ConfigError(`${name} must be e-mail addresses separated by commas, got "${bad}"`);
  return values;
}

function signingKey(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    parseSigningKey(raw);
  } catch (error) {
    throw new ConfigError(`${name} is not a usable Ed25519 private key: ${(error as Error).message}`);
  }
  return raw;
}

/** MAP_TILE_URL: checked here, because it becomes part of every page's Content-Security-Policy. */
function mapTiles(env: Env, production: boolean): MapTiles | undefined {
  const url = env.MAP_TILE_URL?.trim();
  if (!url) return undefined;
  const fail = (why: string) => new ConfigError(`MAP_TILE_URL ${why}, got "${url}"`);
  if (!['{z}', '{x}', '{y}'].every((p) => url.includes(p)) || url.length > 500)
    throw fail('must be a tile URL template with {z}, {x} and {y}');
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{s\}/g, 'a').replace(/\{[a-z]+\}/g, '0'));
  } catch {
    throw fail('is not a URL');
  }
  // Over plain http the tiles are blocked as mixed content on an https site anyway; locally (tests) http is fine.
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && !production))
    throw fail(production ? 'must use https in production' : 'must be an http(s) URL');
  if (parsed.username || parsed.password) throw fail('must not carry credentials');
  const host = url.slice(url.indexOf('//') + 2).split(/[/?#]/)[0] ?? '';
  const subdomains = host.startsWith('{s}.');
  if (host.slice(subdomains ? 4 : 0).includes('{'))
    throw fail('may have a placeholder in its host only as the first label ({s}.)');
  const imageSource = `${parsed.protocol}//${subdomains ? `*.${parsed.host.slice(2)}` : parsed.host}`;
  return { url, attribution: (env.MAP_TILE_ATTRIBUTION ?? '').trim().slice(0, 300), imageSource };
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  return bool(env, name, fallback);
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const port = int(env, 'PORT', 3000, 0, 65535);
  const config: Config = {
    env: nodeEnv,
    port,
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePrepared: onOff(env, 'DATABASE_PREPARED', true),
    dataDir: resolve(env.DATA_DIR || './data'),
    demo: bool(env, 'DEMO', !production),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Vienuviet <no-reply@vienuviet.local>',
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
    lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5, 1, 100),
    lockoutMinutes: int(env, 'LOCKOUT_MINUTES', 15, 1, 24 * 60),
    loginRatePerMinute: int(env, 'LOGIN_RATE_PER_MINUTE', 20, 1, 10_000),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    documentsMaxBytes: int(env, 'DOCUMENTS_MAX_BYTES', 10 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    runJobs: bool(env, 'RUN_JOBS', nodeEnv !== 'test'),
    reminderWorkingDays: int(env, 'REMINDER_WORKING_DAYS', 3, 0, 30),
    linkCheck: onOff(env, 'LINK_CHECK', nodeEnv !== 'test'),
    auditKey: env.AUDIT_KEY || DEV_AUDIT_KEY,
    auditPreviousKeys: list(env, 'AUDIT_PREVIOUS_KEYS'),
    auditSigningKey: signingKey(env, 'AUDIT_SIGNING_KEY', DEV_SIGNING_SEED),
    auditDigestTo: emails(env, 'AUDIT_DIGEST_TO'),
    mapTiles: mapTiles(env, production),
  };
  if (production) {
    if (config.demo)
      throw new ConfigError('DEMO=true is refused when NODE_ENV=production: demo accounts have published passwords');
    if (!config.databaseUrl) {
      throw new ConfigError(
        'NODE_ENV=production needs DATABASE_URL: the embedded database is for trying out and small sites',
      );
    }
    if (config.adminPassword && config.adminPassword.length < 12) {
      throw new ConfigError('ADMIN_PASSWORD must be at least 12 characters in production');
    }
    // The development values are published in the source: with them anybody could re-hash an edited trail or sign
    // a digest, which is exactly what the key and the signature are there to prevent.
    if (!env.AUDIT_KEY || config.auditKey.length < 32 || config.auditKey === DEV_AUDIT_KEY) {
      throw new ConfigError(
        'NODE_ENV=production needs AUDIT_KEY, a random secret of at least 32 characters (the audit trail is hashed with it)',
      );
    }
    if (!env.AUDIT_SIGNING_KEY || parseSigningKey(config.auditSigningKey).equals(parseSigningKey(DEV_SIGNING_SEED))) {
      throw new ConfigError(
        'NODE_ENV=production needs AUDIT_SIGNING_KEY, an Ed25519 private key of its own (the audit digests are signed with it)',
      );
    }
  }
  if ((config.adminEmail === undefined) !== (config.adminPassword === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  return config;
}
