// The signed digest of the chains' anchored heads: what auditors receive daily by e-mail and can download, and what
// `verify-audit --anchors <file>` checks the database against. Once a digest has left the system, nobody who later
// gains control of the database (or of the application and its keys) can make a shortened or rewritten trail agree
// with it. The signature is Ed25519 over the canonical JSON of `digest`; the public key travels with it.
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './audit.ts';
import { publicKeyPem } from './keys.ts';
import type { AnchoredHead } from './repository.ts';
import type { ExternalAnchor } from './verify.ts';

export const DIGEST_FORMAT = 'vienuviet-audit-digest/1';
/** The lines around the digest in its e-mail (anchor.ts); readSignedDigest finds it between them. */
export const DIGEST_BEGIN = '-----BEGIN VIENUVIET AUDIT DIGEST-----';
export const DIGEST_END = '-----END VIENUVIET AUDIT DIGEST-----';

export interface Digest {
  format: typeof DIGEST_FORMAT;
  /** The installation (PUBLIC_URL), so digests of two systems are not confused. */
  system: string;
  issuedAt: string;
  chains: { chainKey: string; seq: number; hash: string; anchoredAt: string }[];
}

export interface SignedDigest {
  digest: Digest;
  algorithm: 'Ed25519';
  /** base64 */
  signature: string;
  /** SPKI PEM of the key that signed it. */
  publicKey: string;
}

export function signedDigest(
  anchors: AnchoredHead[],
  meta: { system: string; issuedAt: Date },
  key: KeyObject,
): SignedDigest {
  const digest: Digest = {
    format: DIGEST_FORMAT,
    system: meta.system,
    issuedAt: meta.issuedAt.toISOString(),
    chains: anchors.map((a) => ({
      chainKey: a.chain_key,
      seq: a.chain_seq,
      hash: a.hash,
      anchoredAt: new Date(a.anchored_at).toISOString(),
    })),
  };
  const signature = sign(null, Buffer.from(canonicalJson(digest)), key).toString('base64');
  return { digest, algorithm: 'Ed25519', signature, publicKey: publicKeyPem(key) };
}

export class DigestError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function chainsOf(digest: Record<string, unknown>): ExternalAnchor[] {
  if (digest.format !== DIGEST_FORMAT || !Array.isArray(digest.chains))
    throw new DigestError(`not a ${DIGEST_FORMAT} digest`);
  return digest.chains.map((c: unknown, i) => {
    if (!isObject(c) || typeof c.chainKey !== 'string' || !Number.isInteger(c.seq) || typeof c.hash !== 'string') {
      throw new DigestError(`chains[${i}] is not { chainKey, seq, hash }`);
    }
    return { chainKey: c.chainKey, seq: c.seq as number, hash: c.hash };
  });
}

/**
 * Reads a digest file and checks its signature with the given public key (this installation's, or one an auditor
 * kept from before a rotation). The key inside the file is not trusted: anybody can sign with a key of their own.
 */
export function readSignedDigest(text: string, trustedPublicKey: string): ExternalAnchor[] {
  // The e-mailed digest may be saved whole: the JSON between its markers is the digest.
  const begin = text.indexOf(DIGEST_BEGIN);
  const end = text.indexOf(DIGEST_END, begin);
  const json = begin >= 0 && end > begin ? text.slice(begin + DIGEST_BEGIN.length, end) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new DigestError('the digest file is not JSON');
  }
  if (!isObject(parsed) || !isObject(parsed.digest) || typeof parsed.signature !== 'string') {
    throw new DigestError('the digest file has no { digest, signature }');
  }
  const anchors = chainsOf(parsed.digest);
  const ok = verify(
    null,
    Buffer.from(canonicalJson(parsed.digest)),
    createPublicKey(trustedPublicKey),
    Buffer.from(parsed.signature, 'base64'),
  );
  if (!ok)
    throw new DigestError(
      'the digest signature does not verify with the trusted public key: the file was changed or signed by another key',
    );
  return anchors;
}
