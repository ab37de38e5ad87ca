// Every row of a list the server pages, for a table's downloads: page after page at the API's largest page size until
// the total is reached. A list longer than `cap` rows is cut there (a download, not a data export of the network).
export const PAGE_MAX = 200;

export async function allPages<T>(
  page: (offset: number, limit: number) => Promise<{ items: readonly T[]; total: number }>,
  cap = 10_000,
): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; offset < cap; offset += PAGE_MAX) {
    const { items, total } = await page(offset, PAGE_MAX);
    rows.push(...items);
    if (items.length < PAGE_MAX || rows.length >= total) break;
  }
  return rows.slice(0, cap);
}
