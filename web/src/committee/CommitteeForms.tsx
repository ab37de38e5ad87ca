// The ministry's forms on the committee page (CR-9): add a member organisation with its representative, end a
// membership, record the statute the ministry approved (a stored document and its day).
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { DocumentUpload } from '../shared/DocumentUpload.tsx';
import type { DocumentMeta } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField } from '../shared/Field.tsx';
import { rigaToday, sortByName } from '../shared/format.ts';
import { useGet } from '../useApi.ts';
import { useSubmit } from './use-submit.ts';

type Member = ApiResponse<'getCommittee'>['members'][number];
const MEMBER_KINDS = ['ministry', 'institution', 'holder', 'association'];

export function MemberForm({ onDone }: { onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const organisations = useGet('/api/v1/organisations');
  const [organisationId, setOrganisationId] = useState('');
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [validFrom, setValidFrom] = useState(rigaToday());
  const { error, done, run } = useSubmit(onDone);
  const options = sortByName(
    (organisations.data?.items ?? []).filter((o) => MEMBER_KINDS.includes(o.kind)),
    (o) => o.name,
  ).map((o) => ({ value: o.id, label: o.name }));
  const fields = {
    '/organisationId': { id: 'member-org', label: c.organisation },
    '/representativeName': { id: 'member-name', label: c.representative },
    '/representativePosition': { id: 'member-position', label: c.position },
    '/validFrom': { id: 'member-from', label: c.validFrom },
  };
  const submit = (event: FormEvent) =>
    run(
      event,
      () =>
        client.POST('/api/v1/committee/members', {
          body: { organisationId, representativeName: name, representativePosition: position || null, validFrom },
        }),
      () => {
        setName('');
        setPosition('');
      },
    );
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="member-form">
      <h3 id="member-form">{c.addMember}</h3>
      <SelectField
        id="member-org"
        label={c.organisation}
        value={organisationId}
        onChange={setOrganisationId}
        placeholder={c.chooseOrganisation}
        options={options}
      />
      <TextField id="member-name" label={c.representative} value={name} onChange={setName} />
      <TextField id="member-position" label={c.position} value={position} onChange={setPosition} optional />
      <TextField id="member-from" label={c.validFrom} type="date" value={validFrom} onChange={setValidFrom} />
      <button type="submit" className="button button--primary">
        {c.addMember}
      </button>
      <ErrorSummary error={error} fields={fields} />
      {done && <p role="status">{c.memberAdded}</p>}
    </form>
  );
}

export function EndMemberForm({ members, onDone }: { members: readonly Member[]; onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const [id, setId] = useState('');
  const [validUntil, setValidUntil] = useState(rigaToday());
  const { error, done, run } = useSubmit(onDone);
  if (members.length === 0) return null;
  const submit = (event: FormEvent) =>
    run(event, () =>
      client.POST('/api/v1/committee/members/{id}/end', { params: { path: { id } }, body: { validUntil } }),
    );
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="end-member-form">
      <h3 id="end-member-form">{c.endMember}</h3>
      <SelectField
        id="end-member"
        label={c.representative}
        value={id}
        onChange={setId}
        placeholder={c.chooseOrganisation}
        options={members.map((x) => ({ value: x.id, label: `${x.organisation.name} — ${x.representative.name}` }))}
      />
      <TextField id="end-member-until" label={c.endOn} type="date" value={validUntil} onChange={setValidUntil} />
      <button type="submit" className="button">
        {c.endMember}
      </button>
      <ErrorSummary error={error} fields={{ '/validUntil': { id: 'end-member-until', label: c.endOn } }} />
      {done && <p role="status">{c.memberEnded}</p>}
    </form>
  );
}

export function StatuteForm({ onDone }: { onDone(): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const [document, setDocument] = useState<DocumentMeta | null>(null);
  const [approvedOn, setApprovedOn] = useState(rigaToday());
  const [note, setNote] = useState('');
  const { error, done, run } = useSubmit(onDone);
  const submit = (event: FormEvent) =>
    run(
      event,
      () =>
        client.POST('/api/v1/committee/statutes', {
          body: { documentId: document?.id ?? '', approvedOn, note: note || null },
        }),
      () => {
        setDocument(null);
        setNote('');
      },
    );
  const fields = {
    '/documentId': { id: 'statute-file', label: c.statuteFile },
    '/approvedOn': { id: 'statute-approved', label: c.approvedOn },
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="statute-form">
      <h3 id="statute-form">{c.recordStatute}</h3>
      <DocumentUpload id="statute-file" label={c.statuteFile} value={document} onUploaded={setDocument} />
      <TextField id="statute-approved" label={c.approvedOn} type="date" value={approvedOn} onChange={setApprovedOn} />
      <TextField id="statute-note" label={c.note} value={note} onChange={setNote} optional />
      <button type="submit" className="button button--primary">
        {c.recordStatute}
      </button>
      <ErrorSummary error={error} fields={fields} />
      {done && <p role="status">{c.statuteRecorded}</p>}
    </form>
  );
}
