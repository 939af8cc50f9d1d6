import fs from 'node:fs';

// What the word rules cannot know. Each patch names its anchor and says so when it is
// missing, so a run on a changed tree shows what to check by hand.

interface Patch {
  file: string;
  from: string | RegExp;
  to: string;
  why: string;
}

const patches: Patch[] = [
  {
    file: 'db/audit-chain.ts',
    from: /clientId: header\.clientId,/,
    to: '// Frozen key: every stored hash covers the name `orgId`.\n      orgId: header.clientId,',
    why: 'the hashed header keeps the key orgId (frozen format)',
  },
  {
    file: 'renderer/features/home/AttentionSection.tsx',
    from: /const client = useClient\(clientId\);([\s\S]*?)const client = client\.data;/,
    to: 'const clientQuery = useClient(clientId);$1const client = clientQuery.data;',
    why: 'the query and its data were organisation and org: both became client',
  },
  {
    file: 'db/repos/audit.repo.ts',
    from: "query = query.where('entity', '=', filter.entity);",
    to: "query = query.where('entity', 'in', storedEntityNames(filter.entity));",
    why: 'a client history finds the entries stored as organisation',
  },
  {
    file: 'db/repos/audit.repo.ts',
    from: 'entity: r.entity as AuditEntity,',
    to: 'entity: readEntity(r.entity),',
    why: 'old entries are read under the new entity name',
  },
  {
    file: 'db/repos/audit.repo.ts',
    from: "import { contentHash, entryHash, GENESIS } from '../audit-chain';",
    to: "import { contentHash, entryHash, GENESIS } from '../audit-chain';\nimport { readEntity, storedEntityNames } from '../audit-legacy-names';",
    why: 'the legacy-name readers',
  },
  {
    file: 'test/integration/audit-chain.test.ts',
    from: 'INSERT INTO audit_log (at, actor, client_id,',
    to: 'INSERT INTO audit_log (at, actor, org_id,',
    why: 'the test writes into the audit log of schema 0008, before the rename',
  },
  {
    file: 'test/integration/migration-fixtures.test.ts',
    from: 'expect(after[table] ?? 0, table)',
    to: "expect(after[table === 'organisations' ? 'clients' : table] ?? 0, table)",
    why: 'the table of clients has its new name after migrating',
  },
  {
    file: 'test/unit/api-contract.test.ts',
    from: '/^[a-z]+\\.[a-zA-Z]+$/',
    to: '/^[a-z][a-zA-Z]*\\.[a-zA-Z]+$/',
    why: 'feature names of two words (activityTemplates, avvTemplates) are camelCase',
  },
];

/** Entries written before the rename name a client 'organisation'; readers map the name. */
export function writeLegacyNames(touched: Set<string>): void {
  const file = 'db/audit-legacy-names.ts';
  fs.writeFileSync(
    file,
    `import type { AuditEntity } from '../core/api';

// Entries written before clients had one name store the entity 'organisation' and the field
// 'orgId'. Their hashes cover what is stored, so it stays; readers see today's names.

const legacyEntities: Record<string, AuditEntity> = { organisation: 'client' };

/** The stored names of an entity, for queries that must find old entries too. */
export const storedEntityNames = (entity: AuditEntity): string[] => [
  entity,
  ...Object.keys(legacyEntities).filter((old) => legacyEntities[old] === entity),
];

export const readEntity = (stored: string): AuditEntity =>
  legacyEntities[stored] ?? (stored as AuditEntity);
`,
  );
  touched.add(file);
}

export function applyPatches(touched: Set<string>): string[] {
  const done: string[] = [];
  for (const patch of patches) {
    if (!fs.existsSync(patch.file)) {
      console.warn(`  patch skipped (no file): ${patch.file}: ${patch.why}`);
      continue;
    }
    const text = fs.readFileSync(patch.file, 'utf8');
    if (text.includes(patch.to.split('\n').at(-1) ?? patch.to)) continue; // applied before
    const next = text.replace(patch.from, patch.to);
    if (next === text) {
      console.warn(`  patch anchor not found in ${patch.file}: ${patch.why} — CHECK BY HAND`);
      continue;
    }
    fs.writeFileSync(patch.file, next);
    touched.add(patch.file);
    done.push(`${patch.file} (${patch.why})`);
  }
  return done;
}
