// The shipped data files (data/*.json) as typed values: the reference organisations and directory centres, the demo
// accounts. Its own module so that the loaders (load.ts, directory.ts, catalogue.ts) share it without importing
// each other.
import { readFileSync } from 'node:fs';
import type { CentreKind } from '../centres/index.ts';
import type { OrganisationKind } from '../organisations/index.ts';
import type { Role } from '../platform/access/roles.ts';

export type DaysData = Record<string, [string, string][]>;

interface ScheduleData {
  label: string;
  validFrom?: string;
  validUntil?: string;
  days: DaysData;
}

export interface PointData {
  name: string;
  address: string;
  latitude?: number;
  longitude?: number;
  functions?: string[];
  hours?: ScheduleData;
  schedules?: ScheduleData[];
}

export interface DirectoryCentreData {
  name: string;
  municipality: string;
  kind: CentreKind;
  placeName?: string;
  placeLevel?: CentreKind;
  servicePoints?: PointData[];
}

export interface ReferenceData {
  organisations: {
    key: string;
    kind: OrganisationKind;
    name: string;
    shortName?: string;
    regNo?: string;
    website?: string;
    email?: string;
    phone?: string;
  }[];
  centres: (DirectoryCentreData & { key: string; servicePoints: { name: string; address: string }[] })[];
}

export interface DemoData {
  password: string;
  users: { email: string; name: string; position: string; organisation: string; role: Role; centre?: string }[];
}

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

export function referenceData(): ReferenceData {
  return readData<ReferenceData>('reference.json');
}

export function demoData(): DemoData {
  return readData<DemoData>('demo.json');
}
