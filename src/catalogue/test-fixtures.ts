// Test helpers of the catalogue (not loaded by the app): a complete, valid SR-10 description in one call.

// What other capabilities' tests may use of the catalogue beyond its public face (index.ts): the seed's tests.
export { checkContent } from './content-rules.ts';

export function serviceContent(extra: Record<string, unknown> = {}) {
  return {
    name: { lv: 'Uzņēmuma reģistrācija', en: 'Registering a company' },
    shortDescription: {
      lv: 'Komersanta ierakstīšana komercreģistrā.',
      en: 'Entering a company in the commercial register.',
    },
    fees: [{ label: { lv: 'Valsts nodeva', en: 'State fee' }, amount: 14.23, channel: 'electronic' }],
    contacts: { email: 'info@ur.gov.lv', phone: '+371 67031703', website: 'https://www.ur.gov.lv' },
    documents: [{ title: { lv: 'Pieteikums', en: 'Application' }, url: 'https://www.ur.gov.lv/lv/veidlapas' }],
    forms: [{ title: { lv: 'Veidlapa K1', en: 'Form K1' } }],
    channels: {
      in_person: {
        request: { lv: 'Iesniedziet pieteikumu klātienē.' },
        receive: { lv: 'Lēmumu saņemiet klātienē.' },
        workingHours: { lv: 'P.–Pk. 8.30–16.30' },
      },
      electronic: { request: { lv: 'Iesniedziet portālā latvija.gov.lv.' }, receive: { lv: 'Lēmums e-adresē.' } },
    },
    legalBasis: [{ title: 'Komerclikums, 8. pants', url: 'https://likumi.lv/ta/id/5490' }],
    appeal: { lv: 'Lēmumu var apstrīdēt galvenajam valsts notāram mēneša laikā.' },
    cofog: ['01.3'],
    clientType: 'legal_person',
    coverage: { wholeCountry: true },
    maxTermWorkingDays: 3,
    filableOnBehalf: true,
    ...extra,
  };
}
