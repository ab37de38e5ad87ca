// "Nearest to me": real distances between Latvian towns, the order of a list, centres without coordinates last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublicCentreSummary } from './CentreShared.tsx';
import { formatKm } from '../shared/format.ts';
import { byDistance, distanceKm } from './CentreFinderNearest.ts';

const RIGA = { latitude: 56.9496, longitude: 24.1052 };
const place = (name: string, ...points: [number, number][]): PublicCentreSummary => ({
  id: name,
  name,
  kind: 'county',
  status: 'operating',
  closingDeadline: null,
  openNow: true,
  municipality: { id: 'm', name: 'M' },
  placeName: null,
  phone: null,
  email: null,
  addresses: [],
  publicComputer: false,
  freeWifi: false,
  locations:
    points.length > 0
      ? points.map(([latitude, longitude], i) => ({ pointId: `${name}${i}`, name, address: '', latitude, longitude }))
      : [{ pointId: name, name, address: '', latitude: null, longitude: null }],
});

test('the distance Rīga–Valmiera is about 100 km in a straight line, and zero to itself', () => {
  const km = distanceKm(RIGA, { latitude: 57.5385, longitude: 25.4263 });
  assert.ok(km > 95 && km < 105, String(km));
  assert.equal(distanceKm(RIGA, RIGA), 0);
});

test('centres sort nearest first by their nearest point; those without coordinates come last, in their order', () => {
  const list = [
    place('Alsunga'),
    place('Balvi', [57.1313, 27.2656], [57.1141, 27.4249]),
    place('Cēsis', [57.3119, 25.2706]),
    place('Jelgava', [56.6511, 23.7214]),
    place('Ādaži'),
  ];
  const sorted = byDistance(list, { latitude: 57.12, longitude: 27.43 }); // near Viļaka, the second Balvi point
  assert.deepEqual(
    sorted.map((r) => r.centre.name),
    ['Balvi', 'Cēsis', 'Jelgava', 'Alsunga', 'Ādaži'],
  );
  assert.ok(sorted[0]!.km! < 2, 'measured to the nearest point, not the first');
  assert.equal(sorted[3]!.km, null);
  assert.deepEqual(
    byDistance(list, RIGA)
      .slice(0, 3)
      .map((r) => r.centre.name),
    ['Jelgava', 'Cēsis', 'Balvi'],
  );
});

test('distances read with a decimal comma in Latvian, whole kilometres from 10 km', () => {
  assert.equal(formatKm(3.44, 'lv'), '3,4');
  assert.equal(formatKm(3.44, 'en'), '3.4');
  assert.equal(formatKm(123.6, 'lv'), '124');
});
