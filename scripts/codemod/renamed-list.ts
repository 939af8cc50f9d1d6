import fs from 'node:fs';

// core/api/renamed.ts: every old name and its new one, for docs/api.md. Merged with what an
// earlier run wrote, so running again on a renamed tree keeps the list.

const FILE = 'core/api/renamed.ts';

/** The concepts renamed beyond method names (the map of docs/architecture.md). */
const concepts: [string, string][] = [
  ['`organisation` / `Organisation*` types and schemas', '`client` / `Client*`'],
  ['table `organisations`', 'table `clients`'],
  ['column `org_id` (every table)', 'column `client_id`'],
  ['field `orgId`', 'field `clientId`'],
  ['field `orgName`', 'field `clientName`'],
  ["audit entity `'organisation'`", "audit entity `'client'` (older entries are read as it)"],
  ['`dsar-*` files, `features/dsar`', '`requests-*` files, `features/requests`'],
  ['i18n namespace `dsar`', 'i18n namespace `requests`'],
  [
    "query keys `['dsar', …]`, `['organisations', …]`",
    "query keys `['requests', …]`, `['clients', …]`",
  ],
  ['`core/templates.ts`', '`core/catalogues/activity-templates.ts`'],
  ['`core/retention-catalogue.ts`', '`core/catalogues/retention-catalogue.ts`'],
  ['`core/authorities.ts`', '`core/catalogues/authorities.ts`'],
  ['`electron/handlers/<feature>-*.ts`', '`electron/handlers/<feature>/*.ts`'],
];

function previous(): Record<string, string> {
  if (!fs.existsSync(FILE)) return {};
  const text = fs.readFileSync(FILE, 'utf8');
  const block = /renamedMethods[^{]*(\{[\s\S]*?\n\});/.exec(text)?.[1];
  if (!block) return {};
  const out: Record<string, string> = {};
  for (const [, from, to] of block.matchAll(/'([^']+)': '([^']+)'/g))
    if (from && to) out[from] = to;
  return out;
}

export function writeRenamedList(touched: Set<string>, methods: Map<string, string>): void {
  const all = { ...previous(), ...Object.fromEntries(methods) };
  const methodLines = Object.entries(all)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, to]) => `  '${from}': '${to}',`);
  const conceptLines = concepts.map(
    ([from, to]) => `  [${JSON.stringify(from)}, ${JSON.stringify(to)}],`,
  );
  const text = `// Written by scripts/codemod/rename-concepts.ts: the names given up for one name per
// concept. docs/api.md lists them; old names are not served.

/** Old method name -> new method name. */
export const renamedMethods: Record<string, string> = {
${methodLines.join('\n')}
};

/** Other names that changed with them (tables, fields, files, namespaces). */
export const renamedConcepts: [from: string, to: string][] = [
${conceptLines.join('\n')}
];
`;
  fs.writeFileSync(FILE, text);
  touched.add(FILE);
}
