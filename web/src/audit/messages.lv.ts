// Latvian texts of the audit log.
// A part of the source catalogue, which web/src/i18n/lv.ts assembles; placeholders in braces are filled by fill().
import { auditEventsLv } from './events.lv.ts';

export const auditLv = {
  audit: {
    title: 'Audita žurnāls',
    filters: 'Atlase',
    from: 'No datuma',
    to: 'Līdz datumam',
    action: 'Darbība',
    actionHint: 'Darbība vai tās sākums, piemēram, user.create vai grant.',
    entityTypeHint: 'Piemēram, user, role_grant, api_token',
    entityType: 'Objekta tips',
    actor: 'Veicējs',
    apply: 'Atlasīt',
    clear: 'Notīrīt atlasi',
    verify: 'Pārbaudīt audita ķēdi',
    chainOk: 'Audita ķēde ir vesela. Pārbaudīti ieraksti: {checked}.',
    chainBroken: 'Audita ķēde ir bojāta pie ieraksta Nr. {seq} ({time}): {reason}. Pārbaudīti ieraksti: {checked}.',
    seq: 'Nr.',
    time: 'Laiks',
    organisation: 'Iestāde',
    entity: 'Objekts',
    changes: 'Izmaiņas',
    show: 'Rādīt',
    hide: 'Slēpt',
    showLabel: 'Rādīt ieraksta Nr. {seq} izmaiņas',
    before: 'Pirms',
    after: 'Pēc',
    ip: 'IP adrese',
    requestId: 'Pieprasījuma ID',
    none: 'Ierakstu nav.',
    range: 'Ieraksti {from}–{to} no {total}',
    paging: 'Lapošana',
    prev: 'Iepriekšējie',
    /** Events, record kinds and non-people actors in words (events.lv.ts). */
    events: auditEventsLv,
    next: 'Nākamie',
  },
};
