/**
 * Matching for the client switcher: case- and umlaut-insensitive, so "muller", "mueller"
 * and "Müller" all find "Bäckerei Müller", and initials, so "bm" finds it too.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

export function initials(text: string): string {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('');
}

/** Lower is better; null means no match. */
export function matchRank(name: string, query: string): number | null {
  const q = normalize(query.trim());
  if (!q) return 3;
  const n = normalize(name);
  const compactQ = q.replace(/[^a-z0-9]/g, '');
  if (n.startsWith(q)) return 0;
  if (n.split(/[^a-z0-9]+/).some((word) => word.startsWith(q))) return 1;
  if (compactQ && initials(name).startsWith(compactQ)) return 1;
  if (n.includes(q)) return 2;
  if (compactQ.length > 1 && initials(name).includes(compactQ)) return 2;
  return null;
}

export function filterByQuery<T extends { name: string }>(items: readonly T[], query: string): T[] {
  return items
    .map((item) => ({ item, rank: matchRank(item.name, query) }))
    .filter((entry): entry is { item: T; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.item.name.localeCompare(b.item.name, 'de'))
    .map((entry) => entry.item);
}
