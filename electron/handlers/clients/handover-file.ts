import { z } from 'zod';
import {
  DATA,
  filePath,
  HandoverRefused,
  HISTORY,
  jsonBytes,
  jsonEntry,
  openHandover,
  packHandover,
} from '../../../core/files/handover-format';
import { contentHash, entryHash, parseChanges } from '../../../db/audit-chain';
import { migrations } from '../../../db/migrations';
import type { ClientRows, StoredRow } from '../../../db/repos/handover.repo';
import type { AuditLogRow } from '../../../db/schema';
import { decryptHandover, encryptHandover, isEncrypted, sha256Bytes } from './handover-crypto';

// The hand-over file as the handlers see it: the client's rows and history in, bytes out,
// and back. Attachments' bytes travel as their own entries (files/<n>, n their position in
// data.json), so data.json stays small text and each file keeps its own hash.

export interface HandoverContents {
  rows: ClientRows;
  history: AuditLogRow[];
  /** Key -> hash of each record as the sender last exchanged it: the base of a merge. */
  bases: Record<string, string>;
}

export interface HandoverHeader {
  schemaVersion: string;
  appVersion: string;
  createdAt: string;
  clientName: string;
}

export function buildHandoverFile(
  contents: HandoverContents,
  header: HandoverHeader,
  passphrase: string,
): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const attachments = (contents.rows.attachments ?? []).map((row, index) => {
    const { data, ...meta } = row;
    entries[filePath(index)] = data instanceof Uint8Array ? data : new Uint8Array(0);
    return meta;
  });
  entries[DATA] = jsonBytes({ tables: { ...contents.rows, attachments } });
  entries[HISTORY] = jsonBytes(contents.history);
  entries[BASES] = jsonBytes(contents.bases);
  const zip = packHandover(entries, header, sha256Bytes);
  return passphrase ? encryptHandover(zip, passphrase) : zip;
}

/** Written since migration 0015; a file without it has no base to merge against. */
const BASES = 'bases.json';
const basesSchema = z.record(z.string().max(200), z.string().max(64));

const storedValue = z.union([z.string(), z.number(), z.null()]);
const dataSchema = z.object({
  tables: z.record(z.string(), z.array(z.record(z.string(), storedValue))),
});
const historySchema = z.array(
  z.object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    client_id: z.number().int().nullable(),
    entity: z.string(),
    entity_id: z.number().int(),
    action: z.enum(['create', 'update', 'delete', 'redact']),
    changes: z.string(),
    label: z.string(),
    prev_hash: z.string(),
    content_hash: z.string(),
    hash: z.string(),
    redacted_by: z.number().int().nullable(),
  }),
);

export interface OpenedFile extends HandoverContents {
  clientName: string;
  createdAt: string;
  appVersion: string;
  encrypted: boolean;
  sha256: string;
}

/** Decrypts if need be, checks every hash, and reads the rows and the history. */
export function openHandoverFile(bytes: Uint8Array, passphrase: string): OpenedFile {
  const encrypted = isEncrypted(bytes);
  const zip = encrypted ? decryptHandover(bytes, passphrase) : bytes;
  const { manifest, entries } = openHandover(zip, sha256Bytes, (name) =>
    Object.hasOwn(migrations, name),
  );
  const data = dataSchema.safeParse(jsonEntry(entries, DATA));
  const history = historySchema.safeParse(jsonEntry(entries, HISTORY));
  const bases = basesSchema.safeParse(entries[BASES] ? jsonEntry(entries, BASES) : {});
  if (!data.success || !history.success || !bases.success) {
    throw new HandoverRefused('handoverDamaged');
  }
  const rows = data.data.tables as ClientRows;
  rows.attachments = (rows.attachments ?? []).map((meta, index): StoredRow => {
    const file = entries[filePath(index)];
    // The hash the workspace recorded for the file, checked against the bytes in hand.
    if (!file || sha256Bytes(file) !== meta.sha256) throw new HandoverRefused('handoverDamaged');
    return { ...meta, data: Buffer.from(file) };
  });
  return {
    rows,
    history: history.data,
    bases: bases.data,
    clientName: manifest.clientName,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    encrypted,
    sha256: sha256Bytes(bytes),
  };
}

/**
 * Whether each history entry matches its own hashes. The client's entries are a part of the
 * source workspace's chain, interleaved with other clients', so each is checked on its own:
 * its hash over the hash before it, its header and its content hash, and (unless redacted)
 * its content against that content hash.
 */
export function historyVerified(history: AuditLogRow[]): boolean {
  return history.every((entry) => {
    const header = { ...entry, clientId: entry.client_id, entityId: entry.entity_id };
    const content = contentHash({ changes: parseChanges(entry.changes), label: entry.label });
    return (
      entry.hash === entryHash(entry.prev_hash, header, entry.content_hash) &&
      (entry.redacted_by !== null || content === entry.content_hash)
    );
  });
}

/** The history a file brought, as kept inside the audit entry of its import or merge. */
export const historyForAudit = (history: AuditLogRow[]) =>
  history.map((entry) => ({
    at: entry.at,
    actor: entry.actor,
    entity: entry.entity,
    entityId: entry.entity_id,
    action: entry.action,
    label: entry.label,
    changes: parseChanges(entry.changes),
    hash: entry.hash,
  }));
