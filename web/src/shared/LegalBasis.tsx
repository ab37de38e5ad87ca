// The legal basis of a rule, for those who want it: front-desk screens say what to do in plain words, and the clause
// (e.g. "DR-25.1.7.3") waits behind a disclosure instead of standing in the text.
export function LegalBasis({ label, basis }: { label: string; basis: string }) {
  return (
    <details className="legal-basis small">
      <summary>{label}</summary>
      <p>{basis}</p>
    </details>
  );
}
