// The editor's middle sections: fees (SR-10.1), provider, contacts and stages handed to providers (SR-10.2,
// SR-14), documents and forms (SR-10.3), the channels with their steps and hours (SR-10.4, SR-17), and the legal
// basis with the appeal procedure (SR-10.5). Channels not offered are closed groups behind a checkbox.
import { useI18n } from '../i18n/context.tsx';
import { CHANNELS, type Named } from './CatalogueShared.tsx';
import { CheckInput, PairInput, SelectInput, TextInput } from './ServiceFields.tsx';
import type { SectionProps } from './ServiceFormBasics.tsx';
import { emptyDoc, emptyFee, emptyLegal, STAGES, type DocRow } from './ServiceFormModel.ts';
import { RowList } from './ServiceRows.tsx';

export function FeesSection({ form, change, disabled }: SectionProps) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  return (
    <section aria-labelledby="svc-fees-title" className="panel">
      <h2 id="svc-fees-title">{e.sections.fees}</h2>
      <RowList
        pointer="/fees"
        title={e.fields.fees}
        itemTitle={e.feeN}
        addLabel={e.addFee}
        removeLabel={e.removeFee}
        empty={e.noFees}
        rows={form.fees}
        onChange={(fees) => change({ fees })}
        make={emptyFee}
        disabled={disabled}
        render={(fee, i, set) => (
          <>
            <PairInput
              pointer={`/fees/${i}/label`}
              label={e.fields.label}
              value={fee.label}
              onChange={(label) => set({ ...fee, label })}
            />
            <TextInput
              pointer={`/fees/${i}/amount`}
              label={e.fields.amount}
              hint={e.amountHint}
              inputMode="decimal"
              value={fee.amount}
              onChange={(amount) => set({ ...fee, amount })}
            />
            <SelectInput
              pointer={`/fees/${i}/channel`}
              label={e.fields.channel}
              placeholder={e.allChannels}
              value={fee.channel}
              onChange={(channel) => set({ ...fee, channel: channel as typeof fee.channel })}
              options={CHANNELS.map((c) => ({ value: c, label: m.catalogue.channels[c] }))}
            />
          </>
        )}
      />
    </section>
  );
}

export function ProviderSection({ form, change, organisations }: SectionProps & { organisations: Named[] }) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const options = organisations.map((o) => ({ value: o.id, label: o.name }));
  const contacts = form.contacts;
  return (
    <section aria-labelledby="svc-provider-title" className="panel">
      <h2 id="svc-provider-title">{e.sections.provider}</h2>
      <SelectInput
        pointer="/providerId"
        label={e.fields.providerId}
        value={form.providerId}
        onChange={(providerId) => change({ providerId })}
        placeholder={e.holderProvides}
        options={options}
      />
      <TextInput
        pointer="/contacts/email"
        label={e.fields.email}
        type="email"
        optional
        value={contacts.email}
        onChange={(email) => change({ contacts: { ...contacts, email } })}
      />
      <TextInput
        pointer="/contacts/phone"
        label={e.fields.phone}
        type="tel"
        optional
        value={contacts.phone}
        onChange={(phone) => change({ contacts: { ...contacts, phone } })}
      />
      <TextInput
        pointer="/contacts/website"
        label={e.fields.website}
        type="url"
        optional
        value={contacts.website}
        onChange={(website) => change({ contacts: { ...contacts, website } })}
      />
      <fieldset className="fieldset fieldset--group">
        <legend>{e.fields.stageProviders}</legend>
        <p className="field__hint">{e.stagesHint}</p>
        {STAGES.map((stage) => (
          <SelectInput
            key={stage}
            pointer={`/stageProviders/${stage}`}
            label={e.stages[stage]}
            value={form.stageProviders[stage]}
            onChange={(id) => change({ stageProviders: { ...form.stageProviders, [stage]: id } })}
            placeholder={e.stageByProvider}
            options={options}
          />
        ))}
      </fieldset>
    </section>
  );
}

function DocRows({ list, form, change, disabled }: SectionProps & { list: 'documents' | 'forms' }) {
  const e = useI18n().m.catalogue.editor;
  const texts =
    list === 'documents'
      ? {
          title: e.fields.documents,
          item: e.documentN,
          add: e.addDocument,
          remove: e.removeDocument,
          empty: e.noDocuments,
        }
      : { title: e.fields.forms, item: e.formN, add: e.addForm, remove: e.removeForm, empty: e.noForms };
  return (
    <RowList<DocRow>
      pointer={`/${list}`}
      title={texts.title}
      itemTitle={texts.item}
      addLabel={texts.add}
      removeLabel={texts.remove}
      empty={texts.empty}
      rows={form[list]}
      onChange={(rows) => change({ [list]: rows })}
      make={emptyDoc}
      disabled={disabled}
      render={(doc, i, set) => (
        <>
          <PairInput
            pointer={`/${list}/${i}/title`}
            label={e.fields.title}
            value={doc.title}
            onChange={(title) => set({ ...doc, title })}
          />
          <TextInput
            pointer={`/${list}/${i}/url`}
            label={e.fields.url}
            hint={e.urlHint}
            type="url"
            optional
            value={doc.url}
            onChange={(url) => set({ ...doc, url })}
          />
        </>
      )}
    />
  );
}

export function DocumentsSection(props: SectionProps) {
  const e = useI18n().m.catalogue.editor;
  return (
    <section aria-labelledby="svc-documents-title" className="panel">
      <h2 id="svc-documents-title">{e.sections.documents}</h2>
      <DocRows list="documents" {...props} />
      <DocRows list="forms" {...props} />
    </section>
  );
}

export function ChannelsSection({ form, change }: SectionProps) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  return (
    <section aria-labelledby="svc-channels-title" className="panel">
      <h2 id="svc-channels-title">{e.sections.channels}</h2>
      <p className="field__hint">{e.channelsHint}</p>
      {CHANNELS.map((channel) => {
        const part = form.channels[channel];
        const set = (patch: Partial<typeof part>) =>
          change({ channels: { ...form.channels, [channel]: { ...part, ...patch } } });
        const base = `/channels/${channel}`;
        return (
          <div key={channel} className="channel-part">
            <CheckInput
              pointer={base}
              label={e.offered[channel]}
              checked={part.offered}
              onChange={(offered) => set({ offered })}
            />
            {part.offered && (
              <fieldset className="fieldset fieldset--group">
                <legend>{m.catalogue.channels[channel]}</legend>
                <PairInput
                  pointer={`${base}/request`}
                  label={e.fields.request}
                  multiline
                  value={part.request}
                  onChange={(request) => set({ request })}
                />
                <PairInput
                  pointer={`${base}/receive`}
                  label={e.fields.receive}
                  multiline
                  value={part.receive}
                  onChange={(receive) => set({ receive })}
                />
                <PairInput
                  pointer={`${base}/workingHours`}
                  label={e.fields.workingHours}
                  optional
                  value={part.workingHours}
                  onChange={(workingHours) => set({ workingHours })}
                />
              </fieldset>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function LegalSection({ form, change, disabled }: SectionProps) {
  const e = useI18n().m.catalogue.editor;
  return (
    <section aria-labelledby="svc-legal-title" className="panel">
      <h2 id="svc-legal-title">{e.sections.legal}</h2>
      <RowList
        pointer="/legalBasis"
        title={e.fields.legalBasis}
        itemTitle={e.legalN}
        addLabel={e.addLegal}
        removeLabel={e.removeLegal}
        empty={e.noLegal}
        rows={form.legalBasis}
        onChange={(legalBasis) => change({ legalBasis })}
        make={emptyLegal}
        disabled={disabled}
        render={(act, i, set) => (
          <>
            <TextInput
              pointer={`/legalBasis/${i}/title`}
              label={e.fields.actTitle}
              hint={e.actHint}
              value={act.title}
              onChange={(title) => set({ ...act, title })}
            />
            <TextInput
              pointer={`/legalBasis/${i}/url`}
              label={e.fields.url}
              hint={e.urlHint}
              type="url"
              optional
              value={act.url}
              onChange={(url) => set({ ...act, url })}
            />
          </>
        )}
      />
      <PairInput
        pointer="/appeal"
        label={e.fields.appeal}
        hint={e.appealHint}
        multiline
        value={form.appeal}
        onChange={(appeal) => change({ appeal })}
      />
    </section>
  );
}
