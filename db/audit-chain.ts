import { createHash } from 'node:crypto';

// The hash chain of the audit log. Each entry keeps three SHA-256 values:
//   content_hash = H(canonical { changes, label })           what was recorded
//   prev_hash    = the hash of the entry before it (GENESIS for the first)
//   hash         = H(prev_hash \n canonical header \n content_hash)
// The header (id, time, user, client, record, action) is never removed. The content may
// be: a redaction replaces `changes` and `label` but keeps content_hash, so the chain still
// verifies, and the redaction entry itself lists the hash of every replacement content.
//
// Frozen format: migration 0009 and every later entry use exactly these functions. Changing
// them would report every existing workspace as tampered with.

export const GENESIS = '0'.repeat(64);

export interface ChainHeader {
  id: number;
  at: string;
  actor: string;
  clientId: number | null;
  entity: string;
  entityId: number;
  action: string;
}

export interface ChainContent {
  /** The parsed `changes` column. */
  changes: unknown;
  label: string;
}

/** Keys as JSON strings, kept since the same few field names recur in every entry. */
const quotedKeys = new Map<string, string>();
function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 5000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/**
 * An array JSON.stringify writes exactly as canonical() does: no holes, no toJSON, and only
 * strings, booleans, numbers and nulls in it (a before/after pair, a list of channels).
 */
function flatJson(list: unknown[]): boolean {
  if (typeof (list as { toJSON?: unknown }).toJSON === 'function') return false;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (item === null) continue;
    const type = typeof item;
    if ((type !== 'string' && type !== 'boolean' && type !== 'number') || !(i in list)) {
      return false;
    }
  }
  return true;
}

/**
 * JSON with object keys sorted at every level, so equal values always hash alike. Written
 * with loops rather than map/filter (an import hashes thousands of entries); the text is the
 * one `[...].map(canonical).join(',')` gave, a hole in an array included (an empty slot).
 */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const parts: string[] = [];
  if (Array.isArray(value)) {
    if (flatJson(value)) return JSON.stringify(value);
    for (let i = 0; i < value.length; i++) parts.push(i in value ? canonical(value[i]) : '');
    return `[${parts.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // The default sort's order (UTF-16 code units), skipped when the keys are in it already.
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] ?? '') < (keys[i] ?? '');
  if (!sorted) keys.sort();
  for (const key of keys) {
    const field = record[key];
    if (field !== undefined) parts.push(`${quoteKey(key)}:${canonical(field)}`);
  }
  return `{${parts.join(',')}}`;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const contentHash = (content: ChainContent) =>
  sha256(canonical({ changes: content.changes, label: content.label }));

export const entryHash = (prev: string, header: ChainHeader, content: string) =>
  sha256(
    `${prev}\n${canonical({
      id: header.id,
      at: header.at,
      actor: header.actor,
      // Frozen key: every stored hash covers the name `orgId`.
      orgId: header.clientId,
      entity: header.entity,
      entityId: header.entityId,
      action: header.action,
    })}\n${content}`,
  );

/** The content column as stored; unreadable JSON hashes as its raw text (and so fails). */
export function parseChanges(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: text };
  }
}
