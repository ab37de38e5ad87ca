// Dates as Latvian readers write them, in messages and e-mails: 23.11.2026.
export function lvDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}.`;
}
