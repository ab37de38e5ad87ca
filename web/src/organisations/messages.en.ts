// English texts of organisations (the directory).
// Typed by the Latvian part (messages.lv.ts): a missing or extra key fails type-checking.
import type { Catalogue } from '../i18n/messages.ts';
import type { organisationsLv } from './messages.lv.ts';

export const organisationsEn: Catalogue<typeof organisationsLv> = {
  directory: {
    title: 'Organisations and centres',
    intro:
      'The ministry, the maintainer, institutions, service holders and municipalities with their centres. The public centre finder:',
    homeText: 'Organisations and centres: contact channels, contact persons, opening hours and compliance.',
    centres: 'Centres',
    noCentres: 'The municipality has no centre yet.',
    add: 'Add an organisation',
    added: 'Organisation "{name}" added.',
    saved: 'Organisation saved.',
    back: 'Back to the organisations',
    entry: 'Organisation',
    regNoHint: '11 digits; the system checks the check digit.',
    kinds: {
      ministry: 'Ministry',
      maintainer: 'System maintainer',
      institution: 'Institution (minimal basket services)',
      holder: 'Service holder',
      municipality: 'Municipality',
      association: 'Association (supervisory committee member, CR-9)',
    },
    fields: {
      kind: 'Kind',
      name: 'Name',
      shortName: 'Short name',
      regNo: 'Registration number',
      website: 'Website',
      email: 'E-mail',
      phone: 'Phone',
      eAddress: 'E-address',
    },
    contacts: 'Contact persons',
    noContacts: 'No contact persons.',
    contact: { name: 'Name and surname', position: 'Position', email: 'E-mail', phone: 'Phone' },
    actions: 'Actions',
    edit: 'Edit',
    editContactOf: 'Edit contact person {name}',
    removeContactOf: 'Remove contact person {name}',
    addContact: 'Add a contact person',
    contactSaved: 'Contact person saved.',
    contactRemoved: 'Contact person removed.',
  },
};
