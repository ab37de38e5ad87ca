// The Latvian personal code (personas kods) as ../shared/reference/identifiers.md describes it: old codes with a
// birth date, a century digit and a check digit; new ones (from 1 July 2017) starting with 32…39 without one.
// Stored as 11 digits, shown masked by default (a personal code is personal data). Used by the counter's contacts
// and the authorised e-services alike.
/** Weights of digits 1–10 of an old-form personal code; the check digit follows from their sum. */
const CODE_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CENTURY: Record<string, number> = { '0': 1800, '1': 1900, '2': 2000 };
/** Old-form codes (DDMMYY-CNNNK) were issued until 30 June 2017; a later birth date cannot have one. */
const LAST_OLD_FORM_BIRTH = '2017-06-30';

export type PersonalCodeProblem = 'format' | 'birth_date' | 'checksum';

/** 11 digits from what a person typed: "120190-12345", "120190 12345" or "12019012345"; undefined for anything else. */
export function normalisePersonalCode(input: string): string | undefined {
  const trimmed = input.trim();
  return /^\d{6}[-\s]?\d{5}$/.test(trimmed) ? trimmed.replace(/[-\s]/, '') : undefined;
}

/** Why an 11-digit personal code is not valid, or undefined when it is. */
export function personalCodeProblem(code: string): PersonalCodeProblem | undefined {
  if (!/^\d{11}$/.test(code)) return 'format';
  const first = Number(code.slice(0, 2));
  // From 1 July 2017: 32…39, no meaning in the other digits and no check digit to enforce.
  if (first >= 32) return first <= 39 ? undefined : 'format';
  const century = CENTURY[code[6]!];
  if (century === undefined) return 'birth_date';
  const birth = `${century + Number(code.slice(4, 6))}-${code.slice(2, 4)}-${code.slice(0, 2)}`;
  if (!isRealDate(birth) || birth > LAST_OLD_FORM_BIRTH) return 'birth_date';
  const sum = CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(code[i]), 0);
  return ((1101 - sum) % 11) % 10 === Number(code[10]) ? undefined : 'checksum';
}

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** "120190-1****": the birth date part and the century digit, the rest hidden (identifiers.md). */
export function maskPersonalCode(code: string): string {
  return `${code.slice(0, 6)}-${code.slice(6, 7)}****`;
}

/** "120190-12345": the full code, written the usual way. */
export function formatPersonalCode(code: string): string {
  return `${code.slice(0, 6)}-${code.slice(6)}`;
}

/** True for a valid personal code as a person may type it (hyphen or space optional). */
export function isValidPersonalCode(input: string): boolean {
  const code = normalisePersonalCode(input);
  return code !== undefined && personalCodeProblem(code) === undefined;
}
