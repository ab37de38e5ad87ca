// English texts that every page shares (common words, edit conflicts, role names).
// Typed by the Latvian part (messages.lv.ts): a missing or extra key fails type-checking.
import type { Catalogue } from '../i18n/messages.ts';
import type { sharedLv } from './messages.lv.ts';

export const sharedEn: Catalogue<typeof sharedLv> = {
  common: {
    appName: 'Vienuviet',
    tagline: 'State and municipal one-stop customer service centres',
    loading: 'Loading…',
    optional: '(optional)',
    cancel: 'Cancel',
    choose: '— choose —',
    errorSummary: 'The request could not be completed',
    errorPrefix: 'Error:',
    genericError: 'The request failed. Please try again.',
    unreachableTitle: 'The server cannot be reached',
    unreachableText: 'Vienuviet could not reach its server. Check the connection and try again.',
    retry: 'Try again',
    noAccessTitle: 'No access',
    noAccessText: 'This section is not available to your roles.',
    until: 'until {date}',
    permanent: 'permanent',
    from: 'from {date}',
    yes: 'Yes',
    no: 'No',
    pageTitle: '{title} — Vienuviet',
    pageLoadFailedTitle: 'The page could not be loaded',
    pageLoadFailedText:
      'Part of this page could not be loaded — the connection may have dropped, or Vienuviet was just updated. Reload the page.',
    reload: 'Reload the page',
  },
  conflict: {
    title: 'Someone else changed this while you were editing',
    changedAt: 'Their change was saved at {time}; version {version} is now current.',
    changed: 'Version {version} is now current.',
    caption: "The other person's version and your changes",
    field: 'Field',
    theirs: 'Their version',
    mine: 'Your changes',
    unchanged: '(not changed by you)',
    removal: 'You meant to remove it.',
    explain:
      '“Re-apply mine” saves your changes over their version: the fields you did not change keep theirs. “Discard mine” shows their version.',
    reapply: 'Re-apply mine',
    discard: 'Discard mine',
    reapplied: 'Your changes were saved over the other version.',
    discarded: "Your changes were discarded; the other person's version is shown.",
  },
  roles: {
    maintainer: 'System maintainer',
    ministry_supervisor: 'Ministry supervisor',
    org_admin: 'Organisation administrator',
    centre_head: 'Centre head',
    centre_employee: 'Centre employee',
    institution_coordinator: 'Institution coordinator',
    committee_member: 'Supervisory committee member',
    auditor: 'Auditor',
  },
  documents: {
    hint: 'A PDF, eDoc (ASiC-E), PNG, JPEG, DOCX or ODT document; its type is told by its content.',
    uploading: 'Uploading “{name}”…',
    added: 'Added:',
    replace: 'To replace it, choose another file.',
    download: 'Download “{name}”',
    failed: 'The file could not be uploaded.',
  },
  table: {
    tools: 'Export and print of the table “{caption}”',
    csv: 'Download CSV',
    print: 'Print',
  },
};
