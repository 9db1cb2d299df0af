/**
 * Sortable fields of a list, parsed from the `sort` parameter's description. Oro publishes them
 * only as prose: "Result sorting. Comma-separated fields, e.g. 'field1,-field2'. Allowed fields:
 * id, order, product." (METADATA §2.8). Returns undefined when the sentence is absent.
 */
export function parseSortDescription(description: string | undefined): string[] | undefined {
  if (!description) return undefined;
  const match = /Allowed fields:\s*([^]*?)\.?\s*$/.exec(description.replace(/<[^>]+>/g, ' ').trim());
  if (!match) return undefined;
  const fields = match[1]!
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  return [...new Set(fields)].sort();
}
