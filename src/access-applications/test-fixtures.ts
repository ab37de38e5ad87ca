// Files for tests of access applications: an ASiC-E container whose XAdES signature carries a self-signed test
// certificate (test-data/signer-cert.pem: CN "JĀNIS BĒRZIŅŠ", serialNumber PNOLV-010190-12345, made with openssl for
// the tests and signing nothing real), and a PDF with a signature dictionary that names its signer.
import { readFileSync } from 'node:fs';
import { pdfBytes, zipOf } from '../documents/test-fixtures.ts';

export const SIGNER_CERT_PEM = readFileSync(new URL('./test-data/signer-cert.pem', import.meta.url), 'utf8');
export const SIGNER_NAME = 'JĀNIS BĒRZIŅŠ';
export const SIGNER_CODE = 'PNOLV-010190-12345';

const certBase64 = () =>
  SIGNER_CERT_PEM.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .trim();

/** A XAdES signature document as eDoc writes it (trimmed to what the reader needs). */
export function xadesXml(options: { timeStamped?: boolean } = {}): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"',
    ' xmlns:xades="http://uri.etsi.org/01903/v1.3.2#">',
    '<ds:Signature Id="S0"><ds:SignedInfo/><ds:SignatureValue>AAAA</ds:SignatureValue>',
    `<ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBase64()}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>`,
    '<ds:Object><xades:QualifyingProperties><xades:SignedProperties><xades:SignedSignatureProperties>',
    '<xades:SigningTime>2026-11-16T08:30:00Z</xades:SigningTime>',
    '</xades:SignedSignatureProperties></xades:SignedProperties>',
    options.timeStamped === false
      ? ''
      : '<xades:UnsignedProperties><xades:UnsignedSignatureProperties><xades:SignatureTimeStamp Id="T0">' +
        '<xades:EncapsulatedTimeStamp>AAAA</xades:EncapsulatedTimeStamp></xades:SignatureTimeStamp>' +
        '</xades:UnsignedSignatureProperties></xades:UnsignedProperties>',
    '</xades:QualifyingProperties></ds:Object></ds:Signature></asic:XAdESSignatures>',
  ].join('');
}

/** A signed eDoc (ASiC-E): mimetype first, the application, the manifest and the signature. */
export function signedAsice(options: { timeStamped?: boolean } = {}): Buffer {
  return zipOf([
    ['mimetype', 'application/vnd.etsi.asic-e+zip'],
    ['pieteikums.pdf', pdfBytes('Pieteikums')],
    [
      'META-INF/manifest.xml',
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ],
    ['META-INF/signatures0.xml', xadesXml(options)],
  ]);
}

/** A PDF with a signature dictionary naming its signer (/Name, in UTF-16BE as signing tools write non-ASCII names). */
export function signedPdf(name = 'Anna Kalniņa'): Buffer {
  const plain = pdfBytes('Pieteikums').toString('latin1');
  const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(name, 'utf16le').swap16()]);
  const escaped = [...utf16].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  const sig = `9 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /Name (${escaped}) /M (D:20261116093000+02'00') /Contents <00> >>\nendobj\n`;
  return Buffer.from(plain.replace('%%EOF', `${sig}%%EOF`), 'latin1');
}
