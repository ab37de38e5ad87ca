// SR-10.1, SR-13 Q17: a description that lists no fee is shown as free of charge, so a text naming a fee contradicts
// the page; a fee said to be waived does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServiceContentIn } from './content.ts';
import { checkService, feeMentions } from './quality.ts';
import { serviceContent } from './test-fixtures.ts';

test('SR-10.1 SR-13 Q17 finds a state fee or an amount in euros in Latvian and English, not a waived one', () => {
  assert.deepEqual(feeMentions('Par izziņu var būt jāmaksā valsts nodeva.'), ['valsts nodeva']);
  assert.deepEqual(feeMentions('Nodevu samaksā pirms iesniegšanas.'), ['Nodevu']);
  assert.deepEqual(feeMentions('Maksa 14,23 EUR vai 5 €.'), ['14,23 EUR', '5 €']);
  assert.deepEqual(feeMentions('A state fee set by the Cabinet of Ministers may apply.'), ['state fee']);
  assert.deepEqual(feeMentions('The fee is paid online.'), ['fee']);
  assert.deepEqual(feeMentions('Izziņu izsniedz bez nodevas.'), [], 'waived before the word');
  assert.deepEqual(feeMentions('Valsts nodeva netiek iekasēta.'), [], 'waived after the word');
  assert.deepEqual(feeMentions('There is no fee. The fee is not charged for pensioners.'), []);
  assert.deepEqual(feeMentions('Likums "Par nodokļiem un nodevām"; kafija (coffee) bez maksas.'), [], 'not a fee');
});

test('SR-10.1 SR-13 Q17 fires only while no fee is listed, for the short description and the channel steps', () => {
  const content = (fees: unknown[]) =>
    serviceContent({
      fees,
      channels: {
        electronic: {
          request: {
            lv: 'Samaksājiet valsts nodevu un iesniedziet portālā.',
            en: 'Pay the state fee and apply online.',
          },
          receive: { lv: 'Lēmums e-adresē.', en: 'The decision to your e-address.' },
        },
      },
    }) as ServiceContentIn;
  const q17 = (c: ServiceContentIn) =>
    checkService(c, { today: '2026-11-23' })
      .filter((f) => f.check === 'Q17')
      .map((f) => [f.field, f.severity, f.params?.words]);
  assert.deepEqual(q17(content([])), [
    ['/channels/electronic/request/en', 'warning', 'state fee'],
    ['/channels/electronic/request/lv', 'warning', 'valsts nodevu'],
  ]);
  assert.deepEqual(q17(content([{ label: { lv: 'Valsts nodeva', en: 'State fee' }, amount: 14.23 }])), []);
});
