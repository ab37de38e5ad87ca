// The editor's first and last sections: what the service is (name, short description, COFOG functions, client
// type, term, filing on a client's behalf — SR-10.1, 10.6, 10.7, DR-29) and where it is provided (SR-10.8).
import { useI18n } from '../i18n/context.tsx';
import { CLIENT_TYPES, cofogName, useCofog, type Named } from './CatalogueShared.tsx';
import { CheckInput, PairInput, SelectInput, TextInput } from './ServiceFields.tsx';
import { idOf, type ServiceForm } from './ServiceFormModel.ts';
import { PickList } from './ServicePickList.tsx';

export interface SectionProps {
  form: ServiceForm;
  change(patch: Partial<ServiceForm>): void;
  disabled: boolean;
}

export function BasicsSection({ form, change, disabled }: SectionProps) {
  const { m, lang } = useI18n();
  const e = m.catalogue.editor;
  const cofog = useCofog();
  const functions = cofog.items.map((i) => ({
    value: i.code,
    label: `${i.level === 'group' ? '\u00a0\u00a0\u00a0' : ''}${i.code} ${cofogName(lang, i)}`,
  }));
  return (
    <section aria-labelledby="svc-basics-title">
      <h2 id="svc-basics-title">{e.sections.basics}</h2>
      <PairInput pointer="/name" label={e.fields.name} value={form.name} onChange={(name) => change({ name })} />
      <PairInput
        pointer="/shortDescription"
        label={e.fields.shortDescription}
        hint={e.shortDescriptionHint}
        multiline
        value={form.shortDescription}
        onChange={(shortDescription) => change({ shortDescription })}
      />
      <PickList
        pointer="/cofog"
        label={e.fields.cofog}
        hint={e.cofogHint}
        options={functions}
        chosen={form.cofog}
        onChange={(codes) => change({ cofog: codes })}
        addLabel={e.addCofog}
        removeLabel={e.removeNamed}
        empty={e.noCofog}
        disabled={disabled}
      />
      <SelectInput
        pointer="/clientType"
        label={e.fields.clientType}
        value={form.clientType}
        onChange={(v) => change({ clientType: v as ServiceForm['clientType'] })}
        placeholder={m.common.choose}
        options={CLIENT_TYPES.map((c) => ({ value: c, label: m.catalogue.clientTypes[c] }))}
      />
      <TextInput
        pointer="/maxTermWorkingDays"
        label={e.fields.maxTermWorkingDays}
        hint={e.maxTermHint}
        optional
        inputMode="numeric"
        value={form.maxTermWorkingDays}
        onChange={(maxTermWorkingDays) => change({ maxTermWorkingDays })}
      />
      <CheckInput
        pointer="/filableOnBehalf"
        label={e.fields.filableOnBehalf}
        checked={form.filableOnBehalf}
        onChange={(filableOnBehalf) => change({ filableOnBehalf })}
      />
    </section>
  );
}

export function CoverageSection({
  form,
  change,
  disabled,
  municipalities,
}: SectionProps & { municipalities: Named[] }) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  return (
    <section aria-labelledby="svc-coverage-title" className="panel">
      <h2 id="svc-coverage-title">{e.sections.coverage}</h2>
      <fieldset className="fieldset">
        <legend>{e.fields.coverage}</legend>
        <div className="radios">
          <label className="radio">
            <input
              type="radio"
              id={idOf('/coverage/wholeCountry')}
              name="svc-coverage"
              checked={form.wholeCountry}
              onChange={() => change({ wholeCountry: true })}
            />
            {m.catalogue.wholeCountry}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="svc-coverage"
              checked={!form.wholeCountry}
              onChange={() => change({ wholeCountry: false })}
            />
            {e.someMunicipalities}
          </label>
        </div>
      </fieldset>
      {!form.wholeCountry && (
        <PickList
          pointer="/coverage/municipalityIds"
          label={e.fields.municipalityIds}
          options={municipalities.map((o) => ({ value: o.id, label: o.name }))}
          chosen={form.municipalityIds}
          onChange={(municipalityIds) => change({ municipalityIds })}
          addLabel={e.addMunicipality}
          removeLabel={e.removeNamed}
          empty={e.noMunicipalities}
          disabled={disabled}
        />
      )}
    </section>
  );
}
