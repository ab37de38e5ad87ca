// The functions a service point can offer (BV-2.1), shipped as data with Latvian and English names.
import { readFileSync } from 'node:fs';

export interface PointFunction {
  code: string;
  cites: string;
  nameLv: string;
  nameEn: string;
}

let shipped: PointFunction[] | undefined;

export function pointFunctions(): PointFunction[] {
  shipped ??= (
    JSON.parse(readFileSync(new URL('./data/point-functions.json', import.meta.url), 'utf8')) as {
      functions: PointFunction[];
    }
  ).functions;
  return shipped;
}

export function functionByCode(code: string): PointFunction | undefined {
  return pointFunctions().find((f) => f.code === code);
}

/** The shipped functions' codes, in the list's order (the order they are shown in). */
export function functionCodes(): string[] {
  return pointFunctions().map((f) => f.code);
}
