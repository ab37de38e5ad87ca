// The holder's editor of one service description (SR-8): every SR-10 field, the API's refusals per field (and in
// the summary, which takes the focus), the quality findings inline and summed up with the score (SR-13), and the
// steps the caller's rights allow: save the draft, publish or withdraw (SR-5), confirm for this quarter (SR-11).
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, client } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { reapply } from '../shared/conflict.ts';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { sortByName } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { navigate } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { useConflict } from '../shared/useConflict.ts';
import type { Named, ServiceContentIn, ServiceDetailOut } from './CatalogueShared.tsx';
import { NotesContext, type Notes } from './ServiceFields.tsx';
import { BasicsSection, CoverageSection } from './ServiceFormBasics.tsx';
import {
  contentOf,
  emptyForm,
  formFrom,
  idOf,
  labelOf,
  placeOf,
  pointersOf,
  type ServiceForm,
} from './ServiceFormModel.ts';
import { ChannelsSection, DocumentsSection, FeesSection, LegalSection, ProviderSection } from './ServiceFormParts.tsx';
import { QualitySummary, useQualityCheck, useStoredQuality } from './ServiceQuality.tsx';
import { ServiceActions } from './ServiceActions.tsx';

const NO_NOTES: Notes = { errors: [], findings: [] };

/** The description as the form would send it back: what the user, the other person and the start are compared as. */
function contentIn(s: ServiceDetailOut): ServiceContentIn {
  const stored = (s.draft ?? s.published)?.content;
  return contentOf(stored ? formFrom(stored, s.holder.id) : emptyForm());
}

interface Props {
  /** null: registering a new one. */
  service: ServiceDetailOut | null;
  /** The holders the caller describes services for (for a new one). */
  holders: Named[];
  onChanged(service: ServiceDetailOut): void;
}

export function ServiceEditor({ service, holders, onChanged }: Props) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const { announce } = useStatus();
  const organisations = useGet('/api/v1/organisations');
  const [holderId, setHolderId] = useState(service?.holder.id ?? (holders.length === 1 ? (holders[0]?.id ?? '') : ''));
  const [externalId, setExternalId] = useState('');
  const baseline = useMemo<ServiceForm>(() => {
    const storedContent = service ? (service.draft ?? service.published)?.content : undefined;
    return storedContent && service ? formFrom(storedContent, service.holder.id) : emptyForm();
  }, [service]);
  const [form, setForm] = useState(baseline);
  // A saved change comes back as the stored description: the form shows what was stored.
  useEffect(() => setForm(baseline), [baseline]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editable = !service || service.rights.includes('edit');
  const dirty = JSON.stringify(form) !== JSON.stringify(baseline);
  const content = useMemo(() => contentOf(form), [form]);
  const live = useQualityCheck(holderId, service?.id ?? null, content, editable);
  const stored = useStoredQuality(!editable && service ? service.id : null, service?.updatedAt ?? '');
  const quality = editable ? live : stored;
  const known = useMemo(() => pointersOf(form), [form]);

  // Errors and findings by the place on screen they are shown at.
  const notes = useMemo(() => {
    const byPlace = new Map<string, Notes>();
    const at = (pointer: string) => {
      const place = placeOf(pointer, known) ?? '/';
      const found = byPlace.get(place) ?? { errors: [], findings: [] };
      byPlace.set(place, found);
      return found;
    };
    if (error instanceof ApiError) for (const x of error.errors) at(x.field).errors.push(x.message);
    for (const f of quality.quality?.findings ?? []) at(f.field).findings.push(f);
    return (pointer: string) => byPlace.get(pointer) ?? NO_NOTES;
  }, [error, quality.quality, known]);
  const anchorOf = (pointer: string) => {
    const place = placeOf(pointer, known);
    return place ? idOf(place) : 'svc-form-title';
  };
  const fields: FieldMap = Object.fromEntries(
    (error instanceof ApiError ? error.errors : [])
      .filter((x) => placeOf(x.field, known))
      .map((x) => [x.field, { id: anchorOf(x.field), label: labelOf(m, x.field) }]),
  );

  const all = sortByName(organisations.data?.items ?? [], (o) => o.name);
  const providers = all.filter((o) => o.kind !== 'maintainer').map((o) => ({ id: o.id, name: o.name }));
  const municipalities = all.filter((o) => o.kind === 'municipality').map((o) => ({ id: o.id, name: o.name }));
  const change = (patch: Partial<ServiceForm>) => setForm((f) => ({ ...f, ...patch }));
  const names = new Map(all.map((o) => [o.id, o.name]));
  const showIds = (_pointer: string, v: unknown) => {
    const ids = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
    return ids.length > 0 && ids.every((x) => typeof x === 'string' && names.has(x))
      ? ids.map((x) => names.get(x as string)).join('; ')
      : undefined;
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (x) {
      setError(x);
    } finally {
      setBusy(false);
    }
  };
  // The draft is replaced only over the version this page read: another person's save meanwhile opens the conflict.
  const { conflict, guard, close } = useConflict<ServiceDetailOut, ServiceContentIn>();
  const saveDraft = (over: ServiceDetailOut, base: ServiceContentIn, body: ServiceContentIn) =>
    guard(
      base,
      body,
      async () =>
        onChanged(
          await client.PUT('/api/v1/services/{id}/draft', {
            params: { path: { id: over.id } },
            body,
            ifMatch: over.version,
          }),
        ),
      () => client.GET('/api/v1/services/{id}', { params: { path: { id: over.id } } }),
    );
  const reapplyMine = () =>
    conflict &&
    void run(async () => {
      const theirs = contentIn(conflict.theirs);
      if (await saveDraft(conflict.theirs, theirs, reapply(conflict.base, theirs, conflict.mine)))
        announce(m.conflict.reapplied);
    });
  const discardMine = () => {
    if (!conflict) return;
    onChanged(conflict.theirs);
    close();
    announce(m.conflict.discarded);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (service) {
        if (await saveDraft(service, contentOf(baseline), content)) announce(e.draftSaved);
        return;
      }
      const created = await client.POST('/api/v1/services', {
        body: { holderId, ...(externalId.trim() ? { externalId: externalId.trim() } : {}), ...content },
      });
      announce(fill(e.registered, { identifier: created.identifier }), { keepOnNavigation: true });
      navigate(`/services/${created.id}`);
    });
  };
  const step = (path: 'transitions' | 'verify', body: unknown, message: string) =>
    run(async () => {
      if (!service) return;
      if (dirty && !(await saveDraft(service, contentOf(baseline), content))) return;
      onChanged(await api.post<ServiceDetailOut>(`/api/v1/services/${service.id}/${path}`, body));
      announce(message);
      // The button pressed may be gone now (published, withdrawn): keep the keyboard's place at the buttons.
      window.requestAnimationFrame(() => {
        if (document.activeElement === document.body || !document.activeElement)
          document.getElementById('svc-actions')?.focus();
      });
    });

  const sectionProps = { form, change, disabled: !editable };
  return (
    <NotesContext.Provider value={notes}>
      <ErrorSummary error={error} fields={fields} />
      {conflict && (
        <Conflict
          id="svc-conflict"
          base={conflict.base}
          theirs={contentIn(conflict.theirs)}
          mine={conflict.mine}
          version={conflict.theirs.version}
          changedAt={conflict.theirs.draft?.updatedAt ?? conflict.theirs.updatedAt}
          labelOf={(pointer) => labelOf(m, pointer)}
          show={showIds}
          busy={busy}
          onReapply={reapplyMine}
          onDiscard={discardMine}
        />
      )}
      <QualitySummary state={quality} anchorOf={anchorOf} />
      <form className="form service-form" onSubmit={submit} noValidate aria-labelledby="svc-form-title">
        <h2 id="svc-form-title" className="visually-hidden">
          {e.formTitle}
        </h2>
        {!service && (
          <>
            {holders.length > 1 ? (
              <SelectField
                id={idOf('/holderId')}
                label={e.holder}
                value={holderId}
                onChange={setHolderId}
                placeholder={m.common.choose}
                options={holders.map((h) => ({ value: h.id, label: h.name }))}
                error={notes('/holderId').errors.join(' ') || undefined}
              />
            ) : (
              <p id={idOf('/holderId')}>{fill(e.holderIs, { name: holders[0]?.name ?? '—' })}</p>
            )}
            <TextField
              id={idOf('/externalId')}
              label={e.fields.externalId}
              hint={e.externalIdHint}
              optional
              value={externalId}
              onChange={setExternalId}
              error={notes('/externalId').errors.join(' ') || undefined}
            />
          </>
        )}
        <fieldset className="fieldset" disabled={!editable}>
          <legend className="visually-hidden">{e.formTitle}</legend>
          <BasicsSection {...sectionProps} />
          <FeesSection {...sectionProps} />
          <ProviderSection {...sectionProps} organisations={providers} />
          <DocumentsSection {...sectionProps} />
          <ChannelsSection {...sectionProps} />
          <LegalSection {...sectionProps} />
          <CoverageSection {...sectionProps} municipalities={municipalities} />
        </fieldset>
        <ServiceActions
          service={service}
          editable={editable}
          dirty={dirty}
          busy={busy}
          onPublish={() => step('transitions', { to: 'published' }, e.publishedNow)}
          onWithdraw={() => step('transitions', { to: 'withdrawn' }, e.withdrawnNow)}
          onVerify={() =>
            step('verify', undefined, fill(e.verifiedNow, { quarter: service?.verification.currentQuarter ?? '' }))
          }
        />
      </form>
    </NotesContext.Provider>
  );
}
