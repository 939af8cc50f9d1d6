// The name map as rules on words and strings. Every rule works on word parts (camelCase,
// snake_case, kebab-case), so code the codemod has never seen follows the same map.

/** Whole words renamed as a unit, before the part rules. */
const wholeWords: Record<string, string> = {
  DsarRoute: 'RequestsRoute',
  DsarAllRoute: 'RequestsAllRoute',
  DsarRouteProps: 'RequestsRouteProps',
  dsar: 'requests',
  orgs: 'clients',
  DSAR: 'DSAR',
};

/** Word parts: [pattern, replacement], applied in order to one identifier-like word. */
const partRules: [RegExp, string][] = [
  [/^organisations(?=[A-Z_0-9]|$)/, 'clients'],
  [/^organisation(?=[A-Z_0-9]|$)/, 'client'],
  [/Organisations(?=[A-Z_0-9]|$)/g, 'Clients'],
  [/Organisation(?=[A-Z_0-9]|$)/g, 'Client'],
  [/(?<=_)organisations(?=[_0-9]|$)/g, 'clients'],
  [/(?<=_)organisation(?=[_0-9]|$)/g, 'client'],
  [/^orgs(?=[A-Z_0-9]|$)/, 'clients'],
  [/^org(?=[A-Z_0-9]|$)/, 'client'],
  [/(?<=[a-z0-9])Orgs(?=[A-Z_0-9]|$)/g, 'Clients'],
  [/(?<=[a-z0-9])Org(?=[A-Z_0-9]|$)/g, 'Client'],
  [/^Orgs(?=[A-Z_0-9]|$)/, 'Clients'],
  [/^Org(?=[A-Z_0-9]|$)/, 'Client'],
  [/(?<=_)org(?=[_0-9]|$)/g, 'client'],
  [/^dsar(?=[A-Z_0-9])/, 'request'],
  [/(?<=_)dsar(?=[_0-9]|$)/g, 'requests'],
  [/Dsar(?=[A-Z_0-9]|$)/g, 'Request'],
];

export function renameWord(word: string): string {
  if (Object.hasOwn(wholeWords, word)) return wholeWords[word] ?? word;
  let out = word;
  for (const [pattern, replacement] of partRules) out = out.replace(pattern, replacement);
  return out;
}

/** Method names that do not follow from a word: exact strings wherever they are quoted. */
export const methodRenames: [RegExp, string][] = [
  [/(['"`])templates\.(list|hints)\1/g, '$1activityTemplates.$2$1'],
  [/(?<![\w.])processors\.listTemplates\b/g, 'avvTemplates.list'],
  [/(?<![\w.])processors\.addTemplate\b/g, 'avvTemplates.add'],
  [/(?<![\w.])processors\.deleteTemplate\b/g, 'avvTemplates.delete'],
  [/(?<![\w.])exports\.register\b/g, 'activities.exportRegister'],
];

/** Prose and legal terms that contain an old word but do not mean a client. */
const protectedPhrases: RegExp[] = [
  /\binternationale[nr]?\s+Organisation(?:en)?\b/g,
  /\binternational\s+organisations?\b/g,
  /\bOrganisation(?=\s+ohne\b)/g,
  /\bhttps?:\/\/[^\s'"`)]+/g,
  /orgId: header\.clientId|covers the name `orgId`|table === 'organisations'/g, // frozen or old names
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // Domains without a scheme: the example domain, sources cited by name, hyphenated hosts.
  /\b(?:[\w-]+\.)*(?:example|commonaccord|[\w]+-[\w-]+)\.org\b/g,
  /(?<=\|)org(?=[|)])/g, // a list of top-level domains in a pattern
  // Tests that write into the schema of an old release, before clients had their name.
  /INSERT INTO organisations \(id, name, (?:street|land), /g,
  /INSERT INTO activities \(id, org_id, name, purposes, retention, toms,/g,
  /INSERT INTO processors \(org_id, name, sub_processors, toms,/g,
];

const WORD = /[A-Za-z_$][\w$]*/g;

/** Applies the map to text: protected phrases stay, every other word goes through renameWord. */
export function renameText(text: string): string {
  const kept: string[] = [];
  let masked = text;
  for (const phrase of protectedPhrases)
    masked = masked.replace(phrase, (m) => `\u0000${kept.push(m) - 1}\u0000`);
  for (const [pattern, replacement] of methodRenames) masked = masked.replace(pattern, replacement);
  masked = masked.replace(WORD, renameWord);
  masked = masked.replace(/\b([Aa])n client/g, '$1 client');
  // eslint-disable-next-line no-control-regex
  return masked.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)] ?? '');
}

/** One file or folder name: each part between '-', '.', '_' and camel humps follows the map. */
export function renameFileName(name: string): string {
  return name.replace(/[A-Za-z][A-Za-z0-9]*/g, (word) => renameWord(word));
}
