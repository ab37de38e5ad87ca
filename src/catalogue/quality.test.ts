// SR-13: every quality check both firing and not firing, on pure content (no database), the score and the
// near-duplicate names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServiceContentIn } from './content.ts';
import {
  CHECK_IDS,
  CHECKS,
  checkService,
  linkProblems,
  meanScore,
  nameSimilarity,
  NAME_SIMILARITY_THRESHOLD,
  nearDuplicates,
  normaliseName,
  scoreOf,
  SHORT_DESCRIPTION_MAX,
  SHORT_DESCRIPTION_MIN,
  type CheckId,
  type Finding,
  type LinkResult,
  type QualityContext,
} from './quality.ts';
import type { LawChangeState } from './law-changes.ts';
import { serviceContent } from './test-fixtures.ts';

/** A description that passes every check: the fixture with English everywhere and a real short description. */
function clean(extra: Record<string, unknown> = {}): ServiceContentIn {
  return serviceContent({
    shortDescription: {
      lv: 'Komersanta ierakstīšana komercreģistrā, lai tas varētu sākt darbību.',
      en: 'Entering a company in the commercial register so that it may start its business.',
    },
    forms: [{ title: { lv: 'Veidlapa K1', en: 'Form K1' }, url: 'https://www.ur.gov.lv/lv/veidlapas/k1' }],
    channels: {
      in_person: {
        request: { lv: 'Iesniedziet pieteikumu klātienē.', en: 'Apply in person.' },
        receive: { lv: 'Lēmumu saņemiet klātienē.', en: 'Receive the decision in person.' },
        workingHours: { lv: 'P.–Pk. 8.30–16.30', en: 'Mon–Fri 8.30–16.30' },
      },
      electronic: {
        request: { lv: 'Iesniedziet portālā latvija.gov.lv.', en: 'Apply at latvija.gov.lv.' },
        receive: { lv: 'Lēmums e-adresē.', en: 'The decision to your e-address.' },
      },
    },
    appeal: {
      lv: 'Lēmumu var apstrīdēt galvenajam valsts notāram mēneša laikā.',
      en: 'The decision may be contested to the chief state notary within a month.',
    },
    ...extra,
  }) as ServiceContentIn;
}

const today = '2026-11-23';
const run = (c: ServiceContentIn, ctx: Partial<QualityContext> = {}) => checkService(c, { today, ...ctx });
const fired = (findings: Finding[], check: CheckId) =>
  findings.filter((f) => f.check === check).map((f) => [f.field, f.code]);
const broken = (over: Partial<LinkResult>): LinkResult => ({
  ok: false,
  httpStatus: 404,
  error: null,
  checkedOn: '2026-11-22',
  ...over,
});

test('SR-13 a complete description has no findings and scores 100', () => {
  const findings = run(clean(), {
    lastVerifiedOn: '2026-10-01',
    otherServices: [{ identifier: 'PK-000009', name: 'Pases izsniegšana' }],
    links: new Map(),
  });
  assert.deepEqual(findings, []);
  assert.equal(scoreOf(findings), 100);
});

// One case per check: what makes it fire, and the field it names. The clean description above is the "not firing".
const cases: Record<
  CheckId,
  { content?: ServiceContentIn; ctx?: Partial<QualityContext>; expect: [string, string][] }
> = {
  Q01: {
    content: clean({
      contacts: {},
      channels: {
        phone: {
          request: { lv: 'Zvaniet.', en: 'Call.' },
          receive: { lv: 'Atbilde pa tālruni.', en: 'Answer by phone.' },
        },
      },
    }),
    expect: [
      ['/channels/phone/workingHours', 'quality_working_hours_missing'],
      ['/contacts', 'quality_contacts_missing'],
    ],
  },
  Q02: { content: clean({ documents: [], forms: [] }), expect: [['/documents', 'quality_documents_missing']] },
  Q03: { content: clean({ cofog: ['01.3', '99.9'] }), expect: [['/cofog/1', 'cofog_unknown']] },
  Q04: {
    content: clean({ fees: [{ label: { lv: 'Nodeva', en: 'Fee' }, amount: 0 }] }),
    expect: [['/fees/0/amount', 'quality_fee_amount_missing']],
  },
  Q05: {
    content: clean({ contacts: { website: 'https://user:secret@www.ur.gov.lv/' } }),
    expect: [['/contacts/website', 'quality_link_credentials']],
  },
  Q06: {
    content: clean({ legalBasis: [{ title: 'Komerclikums', url: 'http://likumi.lv/ta/id/5490' }] }),
    expect: [['/legalBasis/0/url', 'quality_link_http']],
  },
  Q07: {
    ctx: { links: new Map([['https://likumi.lv/ta/id/5490', broken({})]]) },
    expect: [['/legalBasis/0/url', 'quality_link_broken']],
  },
  Q08: { content: clean({ legalBasis: [] }), expect: [['/legalBasis', 'quality_legal_basis_missing']] },
  Q09: {
    content: clean({ legalBasis: [{ title: 'Komerclikums, 8. pants' }] }),
    expect: [['/legalBasis/0/url', 'quality_legal_basis_link_missing']],
  },
  Q10: { content: clean({ appeal: undefined }), expect: [['/appeal', 'quality_appeal_missing']] },
  Q11: { ctx: { lastVerifiedOn: '2026-09-30' }, expect: [['/', 'quality_verification_stale']] },
  Q12: { content: clean({ name: { lv: 'Uzņēmuma reģistrācija' } }), expect: [['/name/en', 'quality_english_missing']] },
  Q13: {
    content: clean({
      shortDescription: { lv: 'Īss.', en: 'Entering a company in the commercial register so that it may start.' },
    }),
    expect: [['/shortDescription/lv', 'quality_text_too_short']],
  },
  Q14: {
    content: clean({
      shortDescription: {
        lv: 'ā'.repeat(SHORT_DESCRIPTION_MAX + 1),
        en: 'Entering a company in the commercial register so that it may start.',
      },
    }),
    expect: [['/shortDescription/lv', 'quality_text_too_long']],
  },
  Q15: {
    ctx: { otherServices: [{ identifier: 'PK-000002', name: 'uznemumu registracija' }] },
    expect: [['/name/lv', 'quality_name_duplicate']],
  },
  Q16: {
    ctx: { lawChanges: [{ title: 'Grozījumi Komerclikumā', effectiveOn: '2026-11-20', state: 'overdue' }] },
    expect: [['/', 'quality_law_change_overdue']],
  },
  Q17: {
    content: clean({
      fees: [],
      shortDescription: {
        lv: 'Izziņa no reģistra. Par izziņu jāmaksā valsts nodeva Ministru kabineta noteiktajā apmērā.',
        en: 'A statement from the register. A state fee set by the Cabinet of Ministers applies.',
      },
    }),
    expect: [
      ['/shortDescription/en', 'quality_fee_unlisted'],
      ['/shortDescription/lv', 'quality_fee_unlisted'],
    ],
  },
};

for (const check of CHECK_IDS) {
  const { content, ctx, expect } = cases[check];
  test(`SR-13 ${check} (${CHECKS[check].severity}) fires on "${CHECKS[check].what}" and nowhere else`, () => {
    const findings = run(content ?? clean(), ctx);
    assert.deepEqual(fired(findings, check), expect);
    assert.deepEqual([...new Set(findings.map((f) => f.check))], [check], 'the case trips no other check');
    assert.ok(findings.every((f) => f.severity === CHECKS[check].severity));
    assert.deepEqual(fired(run(clean()), check), [], 'the complete description does not trip it');
  });
}

test('SR-13 Q05/Q06 every unsafe or malformed form of a link, and what is fine', () => {
  const codes = (url: string) => linkProblems(url).map((p) => `${p.check} ${p.code}`);
  assert.deepEqual(codes('not a url'), ['Q05 quality_link_invalid']);
  assert.deepEqual(codes('https://www.ur.gov.lv/a b'), ['Q05 quality_link_invalid']);
  assert.deepEqual(codes('ftp://files.example.lv/x'), ['Q05 quality_link_scheme']);
  assert.deepEqual(codes('javascript:alert(1)'), ['Q05 quality_link_scheme']);
  assert.deepEqual(codes('https://user@www.ur.gov.lv/'), ['Q05 quality_link_credentials']);
  assert.deepEqual(codes('https://192.168.1.10/forma'), ['Q05 quality_link_ip_host']);
  assert.deepEqual(codes('https://2130706433/'), ['Q05 quality_link_ip_host'], 'an IPv4 address written as a number');
  assert.deepEqual(codes('https://[::1]/'), ['Q05 quality_link_ip_host']);
  assert.deepEqual(codes('https://intranet/forma'), ['Q05 quality_link_local_host']);
  assert.deepEqual(codes('https://server.local/'), ['Q05 quality_link_local_host']);
  assert.deepEqual(codes('https://localhost/'), ['Q05 quality_link_local_host']);
  assert.deepEqual(codes('http://www.ur.gov.lv:8080/'), ['Q06 quality_link_http', 'Q06 quality_link_port']);
  assert.deepEqual(codes('https://www.ur.gov.lv:8443/'), ['Q06 quality_link_port']);
  assert.deepEqual(codes('https://www.ur.gov.lv:443/lv/'), [], 'the default port written out is fine');
  assert.deepEqual(codes('https://likumi.lv/ta/id/5490-komerclikums?x=1#p8'), []);
});

test('SR-13 Q05/Q06/Q07 look at every URL field: website, documents, forms, legal acts', () => {
  const c = clean({
    contacts: { email: 'info@ur.gov.lv', website: 'http://www.ur.gov.lv' },
    documents: [{ title: { lv: 'A', en: 'A' }, url: 'http://a.lv/' }],
    forms: [{ title: { lv: 'B', en: 'B' }, url: 'http://b.lv/' }],
    legalBasis: [{ title: 'L', url: 'http://c.lv/' }],
  });
  assert.deepEqual(
    fired(run(c), 'Q06').map(([f]) => f),
    ['/contacts/website', '/documents/0/url', '/forms/0/url', '/legalBasis/0/url'],
  );
});

test('SR-13 Q07 says why a link failed, ignores links that answered or were not checked, and never repeats Q05', () => {
  const url = 'https://likumi.lv/ta/id/5490';
  const unreachable = run(clean(), { links: new Map([[url, broken({ httpStatus: null, error: 'timeout' })]]) });
  assert.deepEqual(
    unreachable.map((f) => [f.code, f.params]),
    [['quality_link_unreachable', { error: 'timeout', date: '2026-11-22' }]],
  );
  assert.deepEqual(run(clean(), { links: new Map([[url, broken({ ok: true, httpStatus: 200 })]]) }), []);
  assert.deepEqual(run(clean(), { links: new Map([['https://other.lv/', broken({})]]) }), []);
  const ip = 'https://10.0.0.1/x';
  const unsafe = run(clean({ legalBasis: [{ title: 'L', url: ip }] }), { links: new Map([[ip, broken({})]]) });
  assert.deepEqual(
    unsafe.map((f) => f.check),
    ['Q05'],
  );
});

test('SR-11 Q11: stale until confirmed on or after the first day of the current quarter (Riga); not applicable to drafts', () => {
  assert.equal(fired(run(clean(), { lastVerifiedOn: null }), 'Q11').length, 1, 'never confirmed');
  const stale = run(clean(), { today: '2026-10-01', lastVerifiedOn: '2026-09-30' });
  assert.deepEqual(stale[0]?.params, { quarter: '2026-Q4', lastVerifiedOn: '2026-09-30' });
  assert.deepEqual(run(clean(), { today: '2026-12-31', lastVerifiedOn: '2026-10-01' }), []);
  assert.deepEqual(run(clean(), { lastVerifiedOn: undefined }), [], 'a service never published, or unsaved content');
});

test('SR-13 Q12 names every Latvian text without English: fees, documents, forms, channel steps, hours, appeal', () => {
  const c = serviceContent({
    shortDescription: { lv: 'Komersanta ierakstīšana komercreģistrā, lai tas varētu sākt darbību.' },
  }) as ServiceContentIn;
  assert.deepEqual(
    fired(run(c), 'Q12').map(([f]) => f),
    [
      '/appeal/en',
      '/channels/electronic/receive/en',
      '/channels/electronic/request/en',
      '/channels/in_person/receive/en',
      '/channels/in_person/request/en',
      '/channels/in_person/workingHours/en',
      '/shortDescription/en',
    ],
  );
  assert.deepEqual(
    fired(run(clean({ name: { lv: 'Uzņēmuma reģistrācija', en: '   ' } })), 'Q12'),
    [['/name/en', 'quality_english_missing']],
    'blank English is missing',
  );
});

test('SR-13 Q13/Q14 limits are inclusive and apply to both languages', () => {
  const en = 'Entering a company in the commercial register so that it may start.';
  const at = (n: number) => run(clean({ shortDescription: { lv: 'ā'.repeat(n), en } }));
  assert.deepEqual(at(SHORT_DESCRIPTION_MIN), []);
  assert.deepEqual(at(SHORT_DESCRIPTION_MIN - 1)[0]?.params, {
    length: SHORT_DESCRIPTION_MIN - 1,
    limit: SHORT_DESCRIPTION_MIN,
  });
  assert.deepEqual(at(SHORT_DESCRIPTION_MAX), []);
  assert.equal(at(SHORT_DESCRIPTION_MAX + 1)[0]?.check, 'Q14');
  assert.deepEqual(fired(run(clean({ shortDescription: { lv: 'ā'.repeat(60), en: 'Short.' } })), 'Q13'), [
    ['/shortDescription/en', 'quality_text_too_short'],
  ]);
});

test('SR-13 Q15 names ignore case, Latvian diacritics and punctuation; different services are not near-duplicates', () => {
  assert.equal(normaliseName('  Uzņēmuma   REĢISTRĀCIJA!'), 'uznemuma registracija');
  assert.equal(nameSimilarity('Uzņēmuma reģistrācija', 'UZŅĒMUMA REĢISTRĀCIJA.'), 1);
  assert.ok(nameSimilarity('Uzņēmuma reģistrācija', 'uznemumu registracija') >= NAME_SIMILARITY_THRESHOLD);
  assert.ok(nameSimilarity('Uzņēmuma reģistrācija', 'Uzņēmuma likvidācija') < NAME_SIMILARITY_THRESHOLD);
  assert.ok(
    nameSimilarity('Bezdarbnieka statusa piešķiršana', 'Bezdarbnieka pabalsta piešķiršana') < NAME_SIMILARITY_THRESHOLD,
  );
  const twin = run(clean(), {
    otherServices: [
      { identifier: 'PK-000003', name: 'Pases izsniegšana' },
      { identifier: 'PK-000002', name: 'Uzņēmumu reģistrācija' },
    ],
  });
  assert.deepEqual(twin[0]?.params, { identifier: 'PK-000002', name: 'Uzņēmumu reģistrācija' });
  assert.deepEqual(
    run(clean(), { otherServices: [{ identifier: 'PK-000002', name: 'uznemumu registracija' }], similarService: null }),
    [],
    'precomputed: no twin',
  );
});

test('SR-13 Q15 for a whole holder at once finds exactly the pairs that comparing every pair finds', () => {
  const words = [
    'uzņēmuma',
    'reģistrācija',
    'pases',
    'izsniegšana',
    'nodevas',
    'samaksa',
    'bērnam',
    'deklarēšana',
    'dzīvesvietas',
    'pabalsta',
  ];
  words.push(
    'zemes',
    'nodokļa',
    'atvieglojums',
    'būvatļauja',
    'izziņa',
    'apliecība',
    'transportlīdzekļa',
    'vecāku',
    'licences',
    'pieteikums',
  );
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const items = Array.from({ length: 200 }, (_, i) => ({
    i,
    name: Array.from({ length: 3 + Math.floor(random() * 2) }, () => words[Math.floor(random() * words.length)]).join(
      ' ',
    ),
  }));
  const fast = nearDuplicates(items);
  for (const item of items) {
    let best = 0;
    for (const other of items) if (other !== item) best = Math.max(best, nameSimilarity(item.name, other.name));
    const found = fast.get(item);
    assert.equal(!!found, best >= NAME_SIMILARITY_THRESHOLD, item.name);
    if (found)
      assert.ok(Math.abs(nameSimilarity(item.name, found.name) - best) < 1e-9, `${item.name}: the most similar`);
  }
  assert.ok(
    fast.size > 20 && fast.size < items.length - 20,
    `both kinds occur (${fast.size} of ${items.length} have a twin)`,
  );
});

test('SR-13 score: each check that fires costs its severity weight once (error 20, warning 5, info 1), never below 0', () => {
  const f = (check: CheckId): Finding => ({
    check,
    severity: CHECKS[check].severity,
    field: '/',
    code: 'quality_english_missing',
  });
  assert.equal(scoreOf([f('Q12'), f('Q12'), f('Q12')]), 95, 'ten untranslated texts weigh as one');
  assert.equal(scoreOf([f('Q01'), f('Q12'), f('Q09')]), 74);
  assert.equal(scoreOf([f('Q01'), f('Q03'), f('Q04'), f('Q05'), f('Q08'), f('Q10')]), 0);
  assert.equal(meanScore([100, 74, 75]), 83);
  assert.equal(meanScore([100, 95, 94]), 96.3);
  assert.equal(meanScore([]), null);
});

test('SR-11 SR-13 Q16: an error for every overdue law change, a warning for a pending one within the horizon, nothing otherwise', () => {
  const change = (title: string, effectiveOn: string, state: LawChangeState) => ({ title, effectiveOn, state });
  const horizon = '2026-12-07';
  const overdue = run(clean(), {
    lawChanges: [change('B', '2026-11-20', 'overdue'), change('A', '2026-11-01', 'overdue')],
  });
  assert.deepEqual(
    overdue.map((f) => [f.severity, f.params]),
    [['error', { changes: 'A (2026-11-01); B (2026-11-20)' }]],
    'one finding naming both, by day',
  );
  assert.equal(scoreOf(overdue), 80);
  const near = run(clean(), {
    lawChanges: [change('C', horizon, 'pending'), change('D', today, 'pending')],
    lawChangeHorizon: horizon,
  });
  assert.deepEqual(
    near.map((f) => [f.check, f.severity, f.code, f.params]),
    [['Q16', 'warning', 'quality_law_change_soon', { changes: `D (${today}); C (${horizon})` }]],
  );
  assert.equal(scoreOf(near), 95, 'a warning weighs 5');
  const both = run(clean(), {
    lawChanges: [change('A', '2026-11-01', 'overdue'), change('C', horizon, 'pending')],
    lawChangeHorizon: horizon,
  });
  assert.deepEqual(
    both.map((f) => f.severity),
    ['error', 'warning'],
  );
  assert.equal(scoreOf(both), 80, 'the check counts once, as its most severe finding');
  assert.deepEqual(
    run(clean(), { lawChanges: [change('E', '2026-12-08', 'pending')], lawChangeHorizon: horizon }),
    [],
    'beyond 10 working days',
  );
  assert.deepEqual(run(clean(), { lawChanges: [change('E', today, 'pending')] }), [], 'no horizon given: no warning');
  for (const state of ['met', 'late', 'void'] as const)
    assert.deepEqual(
      run(clean(), { lawChanges: [change('F', '2026-11-01', state)], lawChangeHorizon: horizon }),
      [],
      state,
    );
});
