import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validationMessages } from '../../core/api';

// The UI texts: renderer/i18n/<lang>/<namespace>.json, plus 'validation' from core/api.
const root = path.resolve(import.meta.dirname, '../..');
const i18nDir = path.join(root, 'renderer/i18n');
const rendererDir = path.join(root, 'renderer');
const langs = ['de', 'en'] as const;

type Tree = { [key: string]: string | Tree };

function loadNamespaces(lang: string): Record<string, Tree> {
  const dir = path.join(i18nDir, lang);
  const result: Record<string, Tree> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    result[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  }
  result.validation = validationMessages[lang as 'de' | 'en'] as Tree;
  return result;
}

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object'
      ? leaves(value as Tree, full)
      : [[full, value] as [string, unknown]];
  });
}

const resources = Object.fromEntries(langs.map((l) => [l, loadNamespaces(l)])) as Record<
  (typeof langs)[number],
  Record<string, Tree>
>;
const leafKeys = Object.fromEntries(
  langs.map((lang) => [
    lang,
    Object.fromEntries(
      Object.entries(resources[lang]).map(([ns, tree]) => [
        ns,
        new Set(leaves(tree).map(([k]) => k)),
      ]),
    ),
  ]),
) as Record<(typeof langs)[number], Record<string, Set<string>>>;

describe('translation files', () => {
  it('have the same namespaces in German and English', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.de).sort());
  });

  for (const ns of Object.keys(resources.de)) {
    it(`namespace '${ns}' has the same keys in de and en`, () => {
      const de = [...(leafKeys.de[ns] ?? [])].sort();
      const en = [...(leafKeys.en[ns] ?? [])].sort();
      expect(en).toEqual(de);
    });

    it(`namespace '${ns}' has no empty texts`, () => {
      for (const lang of langs) {
        const empty = leaves(resources[lang][ns] ?? {})
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => `${lang}/${ns}:${key}`);
        expect(empty).toEqual([]);
      }
    });
  }
});

// ---------- static check of literal keys used in the renderer ----------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

interface Usage {
  file: string;
  key: string;
  /** Namespaces to look in when the key has no 'ns:' prefix. */
  namespaces: string[];
}

/**
 * Finds useTranslation('ns') / useTranslation(['a', 'b']) and literal t('key') calls. A file
 * with several components may use several namespaces: an unprefixed key must exist in one
 * of the namespaces the file's useTranslation calls default to (or 'common' if none).
 * Template-literal keys are dynamic and not checked here.
 */
function usages(file: string): { usages: Usage[]; declared: string[] } {
  const source = readFileSync(file, 'utf8');
  const defaults = new Set<string>();
  const declared: string[] = [];
  for (const match of source.matchAll(/useT(?:ranslation)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")?/g)) {
    const arg = match[1];
    if (!arg) {
      defaults.add('common');
      continue;
    }
    const names = [...arg.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    if (names[0]) defaults.add(names[0]);
    declared.push(...names);
  }
  const namespaces = defaults.size > 0 ? [...defaults] : ['common'];
  const found: Usage[] = [];
  for (const match of source.matchAll(/\bt\(\s*(['"])([^'"`$]+?)\1/g)) {
    found.push({ file: path.relative(root, file), key: match[2]!, namespaces });
  }
  return { usages: found, declared };
}

/** A key exists if it is a leaf, or a plural family (key_one / key_other). */
function exists(lang: (typeof langs)[number], ns: string, key: string): boolean {
  const keys = leafKeys[lang][ns];
  if (!keys) return false;
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}

describe('translation keys used in the renderer', () => {
  const files = sourceFiles(rendererDir);
  const scanned = files.map(usages);

  it('finds some usages (the scanner works)', () => {
    expect(scanned.flatMap((s) => s.usages).length).toBeGreaterThan(50);
  });

  it('only names namespaces that exist', () => {
    const unknown = scanned
      .flatMap((s) => s.declared)
      .filter((ns) => !(ns in resources.de) || !(ns in resources.en));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('uses only keys that exist in German and English', () => {
    const missing: string[] = [];
    for (const usage of scanned.flatMap((s) => s.usages)) {
      const [ns, key] = usage.key.includes(':')
        ? (usage.key.split(':', 2) as [string, string])
        : [null, usage.key];
      const candidates = ns ? [ns] : usage.namespaces;
      for (const lang of langs) {
        if (!candidates.some((candidate) => exists(lang, candidate, key))) {
          missing.push(`${usage.file}: ${lang} ${candidates.join('|')}:${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
