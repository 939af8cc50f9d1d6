import path from 'node:path';

// Relative module specifiers follow the moves: each is resolved from the file's old place
// against the old tree, mapped through the moves, and written relative to the new place in
// the form it had (with or without extension, with or without /index).

const SPECIFIER =
  /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bvi\.mock\(\s*|\bimportActual\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

const candidates = (base: string) => [
  base,
  ...['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'].map((e) => base + e),
  ...['/index.ts', '/index.tsx'].map((e) => base + e),
];

export function rewriteImports(
  text: string,
  oldFile: string,
  newFile: string,
  oldFiles: Set<string>,
  moves: Map<string, string>,
  mask: (final: string) => string,
): string {
  return text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(oldFile), spec));
    const target = candidates(base).find((c) => oldFiles.has(c));
    if (target === undefined) return `${lead}${quote}${mask(spec)}${quote}`;
    const moved = moves.get(target) ?? target;
    let rel = path.posix.relative(path.posix.dirname(newFile), moved);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    const explicitExt = /\.(tsx?|mts|m?js|json|css)$/.test(spec);
    const explicitIndex = /\/index(\.\w+)?$/.test(spec) || spec === '.' || spec === '..';
    if (!explicitExt) rel = rel.replace(/\.(tsx?|mts)$/, '');
    if (!explicitIndex && !explicitExt) rel = rel.replace(/\/index$/, '');
    if (rel === '.' || rel === './index') rel = './index';
    void whole;
    return `${lead}${quote}${mask(rel)}${quote}`;
  });
}
