// The Latvian personal code (personas kods), as ../shared/reference/identifiers.md describes it: validation,
// normalisation and the masked form shown by default. (The contacts capability has its own validator in
// src/contacts/client-id.ts; the two can become one in src/platform once both have landed.)

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** 11 digits without the hyphen or spaces, or undefined when the text is not shaped like a personal code. */
export function normalisePersonalCode(text: string): string | undefined {
  const digits = text.trim().replace(/^(\d{6})[-\s]?(\d{5})$/, '$1$2');
  return /^\d{11}$/.test(digits) ? digits : undefined;
}

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * True for a valid personal code (11 digits, hyphen optional). Codes from 1 July 2017 start with 32…39 and carry no
 * check digit; older ones are DDMMYY-CNNNK with a real birth date, C the century (0: 1800s, 1: 1900s, 2: 2000s) and
 * K = ((1101 − Σ digit·weight) mod 11) mod 10.
 */
export function isValidPersonalCode(text: string): boolean {
  const code = normalisePersonalCode(text);
  if (!code) return false;
  const digit = (i: number) => Number(code[i]);
  if (digit(0) === 3 && digit(1) >= 2) return true;
  const century = digit(6);
  if (century > 2) return false;
  const year = 1800 + century * 100 + Number(code.slice(4, 6));
  if (!realDate(year, Number(code.slice(2, 4)), Number(code.slice(0, 2)))) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + digit(i) * weight, 0);
  return ((1101 - sum) % 11) % 10 === digit(10);
}

/** 12019012345 → "120190-12345" */
export function formatPersonalCode(code: string): string {
  return `${code.slice(0, 6)}-${code.slice(6)}`;
}

/** 12019012345 → "120190-1****": what the API and the UI show unless the full code is deliberately revealed. */
export function maskPersonalCode(code: string): string {
  return `${code.slice(0, 6)}-${code.slice(6, 7)}****`;
}
