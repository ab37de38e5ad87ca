// Registration number of a legal person (Enterprise Register): 11 digits, first 4–9, weighted checksum.
// Facts from ../shared/reference/identifiers.md.
const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];

export function isValidRegNo(value: string): boolean {
  if (!/^[4-9]\d{10}$/.test(value)) return false;
  const sum = [...value].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  return sum % 11 === 3;
}
