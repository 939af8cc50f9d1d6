import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rewriteImports } from './imports';
import { addRenameMigration } from './migration';
import { planMoves } from './moves';
import { applyPatches, writeLegacyNames } from './patches';
import { writeRenamedList } from './renamed-list';
import { renameText, renameWord } from './words';

// One name per concept, one room per feature: applies the name map (scripts/codemod/words.ts)
// to whatever tree it runs in. Run at the repository root on a clean tree:
//   npx tsx scripts/codemod/rename-concepts.ts
// It moves files with git mv, rewrites imports, names and strings, adds the migration that
// renames the tables, regenerates docs/api.md and formats what it touched.

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

/** Never rewritten: the codemod itself and the files that must keep the old names. */
const untouchable = (file: string) =>
  file.startsWith('scripts/codemod/') ||
  file === 'core/api/renamed.ts' ||
  file === 'db/audit-legacy-names.ts' ||
  file === 'package-lock.json' ||
  file === 'docs/api.md' ||
  file.startsWith('assets/') ||
  file.startsWith('test/fixtures/workspaces/');

const textFile = /\.(ts|tsx|mts|js|mjs|cjs|css|html|md)$/;
const i18nFile = /^renderer\/i18n\/[^/]+\/[^/]+\.json$/;

/** i18n JSON: keys and interpolation names follow the map, the texts stay as written. */
function renameI18n(text: string): string {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string')
      return value
        .replace(/\{\{\s*([\w.]+)/g, (m, name: string) => m.replace(name, renameText(name)))
        .replace(/\$t\(([^)]*)\)/g, (m, inner: string) => m.replace(inner, renameText(inner)));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const renamed = key.replace(/[A-Za-z_$][\w$]*/g, renameWord);
      if (renamed in out && renamed !== key)
        throw new Error(`i18n key collision: ${key} -> ${renamed}`);
      out[renamed] = walk(inner);
    }
    return out;
  };
  return `${JSON.stringify(walk(JSON.parse(text)), null, 2)}\n`;
}

/** Old migrations keep their SQL; only the TypeScript names they share with the code change. */
function renameInMigration(text: string): string {
  let out = text.replace(/\borgId\b/g, 'clientId');
  if (/Kysely<Database>/.test(out)) {
    out = out
      .replace(/^import type \{ Database \} from '[^']+';\n/m, '')
      .replace(
        /Kysely<Database>/g,
        '// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema of its time\n  Kysely<any>',
      );
  }
  return out;
}

function main() {
  if (git('status', '--porcelain', '--untracked-files=no').trim() !== '') {
    console.error('rename-concepts: the working tree is not clean; commit or stash first.');
    process.exit(1);
  }
  const files = git('ls-files').split('\n').filter(Boolean);
  const oldFiles = new Set(files);
  const { moves, unplaced } = planMoves(files.filter((f) => !untouchable(f)));

  // 1. New contents, computed from the old tree before anything moves.
  const contents = new Map<string, string>();
  const renamedMethods = new Map<string, string>();
  for (const file of files) {
    if (untouchable(file) || !fs.existsSync(file)) continue;
    const isMigration = /^db\/migrations\/\d{4}-.+\.ts$/.test(file);
    if (!textFile.test(file) && !i18nFile.test(file)) continue;
    const before = fs.readFileSync(file, 'utf8');
    if (file.startsWith('core/api/'))
      for (const [, name] of before.matchAll(/^ {2}'([a-z][\w]*\.[\w]+)': method\(/gm))
        if (name && renameText(`'${name}'`) !== `'${name}'`)
          renamedMethods.set(name, renameText(`'${name}'`).slice(1, -1));
    let after: string;
    if (i18nFile.test(file)) after = renameI18n(before);
    else if (isMigration) after = renameInMigration(before);
    else {
      const kept: string[] = [];
      const mask = (spec: string) => `\u0001${kept.push(spec) - 1}\u0001`;
      const newFile = moves.get(file) ?? file;
      const masked = rewriteImports(before, file, newFile, oldFiles, moves, mask);
      // eslint-disable-next-line no-control-regex
      after = renameText(masked).replace(/\u0001(\d+)\u0001/g, (_m, i: string) => kept[+i] ?? '');
    }
    if (after !== before) contents.set(file, after);
  }

  // 2. Moves (git mv keeps the history), then the new contents at the new places.
  for (const [from, to] of moves) {
    if (!fs.existsSync(from) || fs.existsSync(to)) {
      if (fs.existsSync(to)) console.warn(`  skipped move ${from} -> ${to}: target exists`);
      continue;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    git('mv', from, to);
  }
  const touched = new Set<string>();
  for (const [file, text] of contents) {
    const at = moves.get(file) ?? file;
    fs.writeFileSync(at, text);
    touched.add(at);
  }

  // 3. What the rules cannot know: the frozen hash format, the audit's old entity names.
  writeLegacyNames(touched);
  const patched = applyPatches(touched);
  const migration = addRenameMigration();
  touched.add('db/migrations/index.ts');
  touched.add(`db/migrations/${migration.name}.ts`);
  writeRenamedList(touched, renamedMethods);

  // 4. Generated docs and formatting.
  execFileSync('npx', ['tsx', 'scripts/docs-api.ts'], { stdio: 'inherit' });
  const existing = [...touched].filter((f) => fs.existsSync(f));
  execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', ...existing], {
    stdio: 'inherit',
  });

  console.log('\nrename-concepts summary');
  console.log(`  moved ${moves.size} files:`);
  for (const [from, to] of moves) console.log(`    ${from} -> ${to}`);
  console.log(`  rewrote ${contents.size} files`);
  console.log(`  patches: ${patched.join(', ') || 'none'}`);
  console.log(`  migration ${migration.name} ${migration.created ? 'added' : 'already present'}`);
  if (unplaced.length > 0) {
    console.log('  NOT PLACED in a room (move by hand and add a rule):');
    for (const f of unplaced) console.log(`    ${f}`);
  }
}

main();
