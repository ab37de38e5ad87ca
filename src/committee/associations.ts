// The associations CR-9 names as committee members, as shipped (data/associations.json).
import { readFileSync } from 'node:fs';
import type { AssociationKey } from './tables.ts';

export interface ShippedAssociation {
  key: AssociationKey;
  name: string;
  shortName: string;
  nameEn: string;
  website: string | null;
}

export const ASSOCIATIONS: readonly ShippedAssociation[] = (
  JSON.parse(readFileSync(new URL('./data/associations.json', import.meta.url), 'utf8')) as {
    associations: ShippedAssociation[];
  }
).associations;
