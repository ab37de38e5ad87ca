// English texts of the audit log.
// Typed by the Latvian part (messages.lv.ts): a missing or extra key fails type-checking.
import type { Catalogue } from '../i18n/messages.ts';
import type { auditLv } from './messages.lv.ts';
import { auditEventsEn } from './events.en.ts';

export const auditEn: Catalogue<typeof auditLv> = {
  audit: {
    title: 'Audit log',
    filters: 'Filters',
    from: 'From date',
    to: 'To date',
    action: 'Action',
    actionHint: 'An action or its start, for example user.create or grant.',
    entityTypeHint: 'For example user, role_grant, api_token',
    entityType: 'Entity type',
    actor: 'Actor',
    apply: 'Filter',
    clear: 'Clear filters',
    verify: 'Verify the audit chain',
    chainOk: 'The audit chain is intact. Records checked: {checked}.',
    chainBroken: 'The audit chain is broken at record no. {seq} ({time}): {reason}. Records checked: {checked}.',
    seq: 'No.',
    time: 'Time',
    organisation: 'Organisation',
    entity: 'Entity',
    changes: 'Changes',
    show: 'Show',
    hide: 'Hide',
    showLabel: 'Show the changes of record no. {seq}',
    before: 'Before',
    after: 'After',
    ip: 'IP address',
    requestId: 'Request ID',
    none: 'No records.',
    range: 'Records {from}–{to} of {total}',
    paging: 'Paging',
    prev: 'Previous',
    /** Events, record kinds and non-people actors in words (events.en.ts). */
    events: auditEventsEn,
    next: 'Next',
  },
};
