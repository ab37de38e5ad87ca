// Who signed an access application (AM-1.11 note 1: "signed with a secure electronic signature and a time stamp"),
// as far as it can be read from the file: an ASiC-E container (.edoc/.asice) carries XAdES signatures in
// META-INF/signatures*.xml with the signer's X.509 certificate; a signed PDF has a /Sig dictionary that may name the
// signer. The signature is NOT validated here (no trust list, no revocation or time-stamp check): what is shown is
// what the file says, and the answer always says that it was not checked.
import { X509Certificate } from 'node:crypto';
import { unzipSync } from 'fflate';

export interface SignerInfo {
  /** The certificate's subject common name (CN), or the PDF's /Name. */
  name: string | null;
  /** The subject's serialNumber (in Latvia the personal code: PNOLV-…). */
  serialNumber: string | null;
  /** The whole subject, one attribute per line (ASiC-E only). */
  subject: string | null;
  issuer: string | null;
  /** The signing time the file claims (XAdES SigningTime, PDF /M), as written. */
  signingTime: string | null;
  /** Whether a time stamp is present (XAdES SignatureTimeStamp; for a PDF, a document time stamp). */
  timeStamped: boolean;
}

export interface SignatureInfo {
  format: 'asice' | 'pdf' | 'other';
  signers: SignerInfo[];
  /** Always false: the signature cannot be checked here (not against the trust list). */
  validated: false;
}

const ASICE = 'application/vnd.etsi.asic-e+zip';
const PDF = 'application/pdf';

/** The value of one attribute in a Node subject ("C=LV\nCN=…\nserialNumber=…"). */
function attribute(subject: string, key: string): string | null {
  for (const line of subject.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && line.slice(0, at) === key) return line.slice(at + 1);
  }
  return null;
}

function tagText(xml: string, tag: string): string | null {
  const match = new RegExp(`<(?:[\\w.-]+:)?${tag}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${tag}>`).exec(xml);
  return match?.[1]?.trim() || null;
}

/** One XAdES signature file: the first X509Certificate is the signing certificate (KeyInfo). */
function xadesSigner(xml: string): SignerInfo | null {
  const base64 = tagText(xml, 'X509Certificate');
  if (!base64) return null;
  const timeStamped = /<(?:[\w.-]+:)?SignatureTimeStamp[\s>]/.test(xml);
  const signingTime = tagText(xml, 'SigningTime');
  try {
    const cert = new X509Certificate(Buffer.from(base64.replace(/\s+/g, ''), 'base64'));
    return {
      name: attribute(cert.subject, 'CN'),
      serialNumber: attribute(cert.subject, 'serialNumber'),
      subject: cert.subject,
      issuer: cert.issuer,
      signingTime,
      timeStamped,
    };
  } catch {
    return { name: null, serialNumber: null, subject: null, issuer: null, signingTime, timeStamped };
  }
}

function asiceSigners(bytes: Buffer): SignerInfo[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /^META-INF\/[^/]*signatures[^/]*\.xml$/i.test(f.name) });
  } catch {
    return [];
  }
  return Object.keys(files)
    .sort()
    .map((name) => xadesSigner(Buffer.from(files[name]!).toString('utf8')))
    .filter((s): s is SignerInfo => s !== null);
}

/** A PDF literal string's text: escapes resolved; UTF-16BE with its byte-order mark decoded. */
function pdfString(raw: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const next = raw[++i] ?? '';
    const octal = /^[0-7]{1,3}/.exec(raw.slice(i, i + 3));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8) & 0xff);
      i += octal[0].length - 1;
    } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return buffer.subarray(2).swap16().toString('utf16le');
  return buffer.toString('latin1');
}

function pdfSigners(bytes: Buffer): SignerInfo[] {
  const text = bytes.toString('latin1');
  const signers: SignerInfo[] = [];
  // Each signature dictionary: << /Type /Sig … >> (or /DocTimeStamp); its /Name and /M if written as literals.
  for (const match of text.matchAll(/\/Type\s*\/(Sig|DocTimeStamp)\b/g)) {
    const from = text.lastIndexOf('<<', match.index);
    const until = text.indexOf('/Contents', match.index);
    const dict = text.slice(from, until > 0 && until - from < 4000 ? until + 4000 : match.index + 4000);
    const name = /\/Name\s*\(((?:\\.|[^\\)])*)\)/.exec(dict)?.[1];
    const time = /\/M\s*\(((?:\\.|[^\\)])*)\)/.exec(dict)?.[1];
    signers.push({
      name: name !== undefined ? pdfString(name) : null,
      serialNumber: null,
      subject: null,
      issuer: null,
      signingTime: time !== undefined ? pdfString(time) : null,
      timeStamped: match[1] === 'DocTimeStamp',
    });
  }
  // A document time stamp is not a signer of its own: it marks the signatures as time-stamped.
  const stamps = signers.filter((s) => s.timeStamped).length;
  const people = signers.filter((s) => !s.timeStamped);
  return stamps > 0 ? people.map((s) => ({ ...s, timeStamped: true })) : people;
}

/** What the file says about its signatures. Never throws: an unreadable file just has no signers. */
export function readSignature(bytes: Buffer, mediaType: string): SignatureInfo {
  if (mediaType === ASICE) return { format: 'asice', signers: asiceSigners(bytes), validated: false };
  if (mediaType === PDF) return { format: 'pdf', signers: pdfSigners(bytes), validated: false };
  return { format: 'other', signers: [], validated: false };
}
