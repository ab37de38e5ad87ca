// The type of a file by its content (magic bytes), never by its name: a renamed program or web page is
// not a PDF because it is called so. Allowed: PDF, ASiC-E containers (eDoc, .edoc/.asice), PNG, JPEG, and the text
// documents DOCX and ODT (ZIPs recognised by their entries). Anything else is refused.

export const PDF = 'application/pdf';
export const ASICE = 'application/vnd.etsi.asic-e+zip';
export const PNG = 'image/png';
export const JPEG = 'image/jpeg';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ODT = 'application/vnd.oasis.opendocument.text';

/** The media types a document may have. */
export const ALLOWED_TYPES = [PDF, ASICE, PNG, JPEG, DOCX, ODT] as const;

const startsWith = (bytes: Buffer, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/** The names of a ZIP's entries in order, from its central directory; null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  // The end of central directory record: signature PK\5\6, within the last 22 + 65,535 (comment) bytes.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let eocd = bytes.length - 22; eocd >= from; eocd--) {
    if (bytes.readUInt32LE(eocd) !== 0x06054b50) continue;
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
      const nameLength = bytes.readUInt16LE(at + 28);
      const rest = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      if (at + 46 + nameLength > bytes.length) return null;
      names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + rest;
    }
    return names;
  }
  return null;
}

/**
 * The `mimetype` a container (ASiC-E, ODF) declares: its first local entry is named `mimetype`, stored uncompressed,
 * holding the type (ETSI EN 319 162-1 §A.1, OpenDocument §3.3).
 */
function declaredMimetype(bytes: Buffer): string | null {
  if (bytes.length < 30 + 8 || bytes.readUInt32LE(0) !== 0x04034b50) return null;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (method !== 0 || bytes.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return null;
  const start = 30 + nameLength + extraLength;
  if (size > 200 || start + size > bytes.length) return null;
  return bytes.toString('latin1', start, start + size).trim();
}

function zipType(bytes: Buffer): string | null {
  const declared = declaredMimetype(bytes);
  if (declared === ASICE) return ASICE;
  if (declared === ODT) return ODT;
  const names = zipEntryNames(bytes);
  if (names?.includes('[Content_Types].xml') && names.includes('word/document.xml')) return DOCX;
  return null;
}

/** The media type of the content, or null when it is none of the allowed ones. */
export function detectDocumentType(bytes: Buffer): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipType(bytes); // PK\3\4
  return null;
}
