// The report's Latvian words for the contacts' vocabulary and the dashboard's figures (BV-4.4).

export const CHANNEL_LV: Record<string, string> = {
  in_person: 'Klātienē',
  phone: 'Tālrunis',
  email: 'E-pasts',
  e_address: 'E-adrese',
  video: 'Videozvans',
};

export const TYPE_LV: Record<string, string> = {
  information: 'Informācija',
  application_accepted: 'Pieņemts pieteikums',
  eservice_consultation: 'E-pakalpojuma konsultācija',
  eservice_filed_on_behalf: 'E-pakalpojums pieteikts klienta vārdā',
  e_address_consultation: 'E-adreses konsultācija',
  documents_handed_out: 'Izsniegti dokumenti',
  complaint: 'Sūdzība',
  question: 'Jautājums',
  suggestion: 'Ierosinājums',
};

export const TOTAL_LV = {
  contacts: 'Kontakti',
  applications: 'Pieņemtie pieteikumi',
  eservicesFiled: 'E-pakalpojumi, pieteikti klientu vārdā',
  delayed: 'Kavēti rakstveida iesniegumi',
  complaints: 'Sūdzības',
} as const;

export const lvDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}.`;

const MONTHS = ['janv.', 'febr.', 'marts', 'apr.', 'maijs', 'jūn.', 'jūl.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.'];

/** A bucket's label: "2026. marts" for a month, "no 02.03.2026." for a week. */
export function periodLabel(start: string, by: 'month' | 'week'): string {
  return by === 'month' ? `${start.slice(0, 4)}. ${MONTHS[Number(start.slice(5, 7)) - 1]}` : `no ${lvDate(start)}`;
}
