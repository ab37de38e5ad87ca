// The audit trail's secrets. Event hashes are HMAC-SHA256 under AUDIT_KEY, so somebody who can write the database
// but does not hold the key cannot recompute a chain after editing it. Digests of the chains' heads are signed with
// Ed25519 (AUDIT_SIGNING_KEY) so that an auditor holding only the public key can tell a real digest from a forged one.
import { createHmac, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/** Development and test only; production refuses it (config.ts). */
export const DEV_AUDIT_KEY = 'vienuviet-development-audit-key-not-a-secret';
/** The 32-byte Ed25519 seed of development and test signing, base64; production refuses it. */
export const DEV_SIGNING_SEED = 'dmllbnV2aWV0LWRldmVsb3BtZW50LXNpZ25pbmcta2U=';
/** Key id of the events written before the chains were keyed (migration 0015): plain SHA-256, one network chain. */
export const LEGACY_KEY_ID = 'legacy-sha256';
/** The chain those events form; closed, and anchored by the migration. */
export const LEGACY_CHAIN = 'legacy';

export interface AuditKeyring {
  /** The key new events are hashed with. */
  current: { id: string; secret: string };
  /** Every key a stored event may name: the current one and AUDIT_PREVIOUS_KEYS. */
  secretOf(keyId: string): string | undefined;
}

/**
 * A key's id is derived from the key, so rotating needs no second setting to keep in step: the stored id finds the
 * secret among the configured ones. It is an HMAC of a constant, which says nothing about the key itself.
 */
export function auditKeyId(secret: string): string {
  return `k${createHmac('sha256', secret).update('vienuviet audit key id').digest('hex').slice(0, 16)}`;
}

export function auditKeyring(settings: { auditKey: string; auditPreviousKeys: readonly string[] }): AuditKeyring {
  const byId = new Map<string, string>();
  for (const secret of [settings.auditKey, ...settings.auditPreviousKeys]) byId.set(auditKeyId(secret), secret);
  return { current: { id: auditKeyId(settings.auditKey), secret: settings.auditKey }, secretOf: (id) => byId.get(id) };
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): node:crypto reads keys in that form, not as 32 bare bytes.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Reads AUDIT_SIGNING_KEY: a PKCS#8 PEM (newlines may be written as \n) or the base64 of a 32-byte seed. */
export function parseSigningKey(text: string): KeyObject {
  const pem = text.replace(/\\n/g, '\n').trim();
  let key: KeyObject;
  if (pem.startsWith('-----BEGIN')) {
    key = createPrivateKey(pem);
  } else {
    const seed = Buffer.from(pem, 'base64');
    if (seed.length !== 32) throw new Error('not a PEM private key nor the base64 of a 32-byte Ed25519 seed');
    key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`an Ed25519 key is needed, this one is ${key.asymmetricKeyType}`);
  return key;
}

/** The public half, as auditors get it (SPKI PEM) to check digests without the application. */
export function publicKeyPem(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}
