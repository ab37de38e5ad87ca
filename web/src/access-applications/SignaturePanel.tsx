// What the attached file says of who signed it (AM-1.11 note 1) — always with the warning that the signature cannot
// be checked here (it is not validated against the trust list): the page never calls a signature valid.
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';

type Signature = ApiResponse<'getAccessApplication'>['signature'];

export function SignaturePanel({ signature }: { signature: Signature }) {
  const { m } = useI18n();
  const a = m.accessApplications;
  return (
    <section aria-labelledby="app-signature">
      <h2 id="app-signature">{a.signature}</h2>
      <p className="alert alert--warning">{a.signatureNotChecked}</p>
      {signature.signers.length === 0 && <p>{a.noSigner}</p>}
      {signature.signers.map((s) => (
        <dl className="facts" key={`${s.name ?? ''}|${s.serialNumber ?? ''}|${s.signingTime ?? ''}`}>
          <dt>{a.signer}</dt>
          <dd>{s.name ?? '—'}</dd>
          {s.serialNumber && (
            <>
              <dt>{a.signerCode}</dt>
              <dd>{s.serialNumber}</dd>
            </>
          )}
          {s.issuer && (
            <>
              <dt>{a.issuer}</dt>
              <dd>{s.issuer.split('\n').join(', ')}</dd>
            </>
          )}
          {s.signingTime && (
            <>
              <dt>{a.signingTime}</dt>
              <dd>{s.signingTime}</dd>
            </>
          )}
          <dt>{a.timeStamp}</dt>
          <dd>{s.timeStamped ? a.timeStampPresent : a.timeStampMissing}</dd>
        </dl>
      ))}
    </section>
  );
}
