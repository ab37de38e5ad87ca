// SR-22 open data's metadata as DCAT-AP 3.0.1 JSON-LD: one dcat:Dataset (the yearly performance indicators of every
// holder, SR-21) published by the ministry (the platform's owner, VARAM), with a JSON and a CSV distribution per
// published year. Self-contained context of prefixes (the profile's own context cannot be fetched from everywhere).
// Controlled vocabularies are the EU Publications Office authority tables the profile names.
import { METHOD } from './open-data.ts';

const EU = 'http://publications.europa.eu/resource/authority';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

const text = (lv: string, en: string) => [
  { '@value': lv, '@language': 'lv' },
  { '@value': en, '@language': 'en' },
];
const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });
/** A reference typed with the class DCAT-AP's range shapes ask for (range.ttl). */
const typed = (id: string, type: string) => ({ '@id': id, '@type': type });
/** A concept of a controlled vocabulary, with its label (skos:prefLabel is mandatory for a skos:Concept). */
const concept = (id: string, lv: string, en: string) => ({
  ...typed(id, 'skos:Concept'),
  'skos:prefLabel': text(lv, en),
});

export interface DcatYear {
  year: number;
  lastPublishedOn: string;
}

export function datasetJsonLd(baseUrl: string, years: readonly DcatYear[]) {
  const api = `${baseUrl}/api/v1/public/indicators`;
  const publisher = `${baseUrl}/api/v1/public/organisations/VARAM`;
  const modified = years
    .map((y) => y.lastPublishedOn)
    .sort()
    .at(-1);
  const distributions = years.flatMap((y) => [
    {
      '@id': `${api}?year=${y.year}`,
      '@type': 'dcat:Distribution',
      'dct:title': text(`Izpildes rādītāji ${y.year} (JSON)`, `Performance indicators ${y.year} (JSON)`),
      'dcat:accessURL': { '@id': `${api}?year=${y.year}` },
      'dcat:downloadURL': { '@id': `${api}?year=${y.year}` },
      'dct:format': typed(`${EU}/file-type/JSON`, 'dct:MediaTypeOrExtent'),
      'dcat:mediaType': typed('https://www.iana.org/assignments/media-types/application/json', 'dct:MediaType'),
      'dct:license': typed(`${EU}/licence/CC_BY_4_0`, 'dct:LicenseDocument'),
      'dct:modified': date(y.lastPublishedOn),
    },
    {
      '@id': `${api}.csv?year=${y.year}`,
      '@type': 'dcat:Distribution',
      'dct:title': text(`Izpildes rādītāji ${y.year} (CSV)`, `Performance indicators ${y.year} (CSV)`),
      'dcat:accessURL': { '@id': `${api}.csv?year=${y.year}` },
      'dcat:downloadURL': { '@id': `${api}.csv?year=${y.year}` },
      'dct:format': typed(`${EU}/file-type/CSV`, 'dct:MediaTypeOrExtent'),
      'dcat:mediaType': typed('https://www.iana.org/assignments/media-types/text/csv', 'dct:MediaType'),
      'dct:license': typed(`${EU}/licence/CC_BY_4_0`, 'dct:LicenseDocument'),
      'dct:modified': date(y.lastPublishedOn),
    },
  ]);
  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      {
        '@id': `${api}/dataset`,
        '@type': 'dcat:Dataset',
        'dct:identifier': 'vienuviet-sr21-izpildes-raditaji',
        'dct:title': text(
          'Valsts pārvaldes pakalpojumu izpildes rādītāji',
          'Performance indicators of public administration services',
        ),
        'dct:description': text(METHOD.lv, METHOD.en),
        'dct:publisher': { '@id': publisher },
        'dcat:contactPoint': { '@id': `${publisher}#contact` },
        'dcat:keyword': text('izpildes rādītāji', 'performance indicators'),
        'dcat:theme': concept(
          `${EU}/data-theme/GOVE`,
          'Valdība un sabiedriskais sektors',
          'Government and public sector',
        ),
        'dct:language': [
          typed(`${EU}/language/LAV`, 'dct:LinguisticSystem'),
          typed(`${EU}/language/ENG`, 'dct:LinguisticSystem'),
        ],
        'dct:spatial': typed(`${EU}/country/LVA`, 'dct:Location'),
        'dct:accrualPeriodicity': typed(`${EU}/frequency/ANNUAL`, 'dct:Frequency'),
        ...(modified ? { 'dct:modified': date(modified) } : {}),
        'dcat:landingPage': typed(`${baseUrl}/open-data/indicators`, 'foaf:Document'),
        'dcat:distribution': distributions.map((d) => ({ '@id': d['@id'] })),
      },
      ...distributions,
      {
        '@id': publisher,
        '@type': 'foaf:Agent',
        'foaf:name': text(
          'Viedās administrācijas un reģionālās attīstības ministrija',
          'Ministry of Smart Administration and Regional Development',
        ),
        'dct:type': concept(
          'http://purl.org/adms/publishertype/NationalAuthority',
          'Valsts iestāde',
          'National authority',
        ),
      },
      {
        '@id': `${publisher}#contact`,
        '@type': ['vcard:Organization', 'vcard:Kind'],
        'vcard:fn': 'VARAM',
        'vcard:hasEmail': { '@id': 'mailto:pasts@varam.gov.lv' },
      },
    ],
  };
}
