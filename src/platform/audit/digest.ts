// The signed digest of the chains' anchored heads: what auditors receive daily by e-mail and can download, and what
// `verify-audit --anchors <file>` checks the database against. Once a digest has left the system, nobody who later
// gains control of the database (or of the application and its keys) can make a shortened or rewritten trail agree
// with it. The signature is Ed25519 over the canonical JSON of `digest`; the public key travels with it.
//
// Two forms, because there is a chain per actor (audit.ts chainKeyOf) and so tens of thousands of chains:
//  - the full digest (DIGEST_FORMAT, the download and `POST …/anchors`): every chain's latest anchor, listed;
//  - the root digest (ROOT_FORMAT, the daily mail): the number of chains and one SHA-256 over the sorted list
//    (headsRoot), a few lines whatever the number of chains. The list it stands for is read back from the
//    database's anchors as they were at `issuedAt` (audit_anchors is append-only); if they hash to the root, each
//    of them pins its chain as the full digest would, and if anybody removed or rewrote an anchor since, they don't.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './audit.ts';
import { publicKeyPem } from './keys.ts';
import type { AnchoredHead } from './repository.ts';

export const DIGEST_FORMAT = 'vienuviet-audit-digest/1';
export const ROOT_FORMAT = 'vienuviet-audit-digest-root/1';
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

/** An anchor an auditor holds (from a signed digest file): the head a chain had. */
export interface ExternalAnchor {
  chainKey: string;
  seq: number;
  hash: string;
}

export interface RootDigest {
  format: typeof ROOT_FORMAT;
  system: string;
  issuedAt: string;
  /** How many chains the root covers. */
  chains: number;
  /** headsRoot of every chain's latest anchor at issuedAt. */
  root: string;
}

/** What a root digest pins: the database's latest anchors at `issuedAt` must hash to `root` (verify.ts). */
export interface RootPin {
  issuedAt: string;
  chains: number;
  root: string;
}

/** What a digest file pins: anchors listed (full digest) or a root (the mailed one). */
export type DigestPin = { anchors: ExternalAnchor[]; root?: undefined } | { anchors: []; root: RootPin };

export interface SignedDigest<T = Digest> {
  digest: T;
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

/**
 * One SHA-256 over the heads sorted by chain key (UTF-16 code units, whatever order the database returned them
 * in): each head as the canonical JSON [chainKey, seq, hash] on a line of its own. Any head added, removed or
 * changed changes it.
 */
export function headsRoot(heads: ExternalAnchor[]): string {
  const sorted = [...heads].sort((a, b) => (a.chainKey < b.chainKey ? -1 : a.chainKey > b.chainKey ? 1 : 0));
  const hash = createHash('sha256');
  for (const h of sorted) hash.update(`${canonicalJson([h.chainKey, h.seq, h.hash])}\n`);
  return hash.digest('hex');
}

/** The root digest of the latest anchors: what the daily mail carries. */
export function signedRoot(
  anchors: AnchoredHead[],
  meta: { system: string; issuedAt: Date },
  key: KeyObject,
): SignedDigest<RootDigest> {
  const digest: RootDigest = {
    format: ROOT_FORMAT,
    system: meta.system,
    issuedAt: meta.issuedAt.toISOString(),
    chains: anchors.length,
    root: headsRoot(anchors.map((a) => ({ chainKey: a.chain_key, seq: a.chain_seq, hash: a.hash }))),
  };
  const signature = sign(null, Buffer.from(canonicalJson(digest)), key).toString('base64');
  return { digest, algorithm: 'Ed25519', signature, publicKey: publicKeyPem(key) };
}

export class DigestError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function pinOf(digest: Record<string, unknown>): DigestPin {
  if (digest.format === ROOT_FORMAT) {
    const { issuedAt, chains, root } = digest;
    if (
      typeof issuedAt !== 'string' ||
      Number.isNaN(Date.parse(issuedAt)) ||
      !Number.isInteger(chains) ||
      typeof root !== 'string' ||
      !/^[0-9a-f]{64}$/.test(root)
    )
      throw new DigestError(`not a ${ROOT_FORMAT} digest: it needs { issuedAt, chains, root }`);
    return { anchors: [], root: { issuedAt, chains: chains as number, root } };
  }
  if (digest.format !== DIGEST_FORMAT || !Array.isArray(digest.chains))
    throw new DigestError(`not a ${DIGEST_FORMAT} or ${ROOT_FORMAT} digest`);
  return {
    anchors: digest.chains.map((c: unknown, i) => {
      if (!isObject(c) || typeof c.chainKey !== 'string' || !Number.isInteger(c.seq) || typeof c.hash !== 'string') {
        throw new DigestError(`chains[${i}] is not { chainKey, seq, hash }`);
      }
      return { chainKey: c.chainKey, seq: c.seq as number, hash: c.hash };
    }),
  };
}

/**
 * Reads a digest file and checks its signature with the given public key (this installation's, or one an auditor
 * kept from before a rotation). The key inside the file is not trusted: anybody can sign with a key of their own.
 */
export function readDigestPin(text: string, trustedPublicKey: string): DigestPin {
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
  const pin = pinOf(parsed.digest);
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
  return pin;
}

/** A full digest's anchors (readDigestPin for either form). */
export function readSignedDigest(text: string, trustedPublicKey: string): ExternalAnchor[] {
  const pin = readDigestPin(text, trustedPublicKey);
  if (pin.root) throw new DigestError(`a ${ROOT_FORMAT} digest lists no anchors: it is checked against the database`);
  return pin.anchors;
}
