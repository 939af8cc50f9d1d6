import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import { guardZip, ZipRefused, type ZipLimits } from './zip-guard';

// The hand-over file of one client (`<client>.pdclient`): a zip with manifest.json, the
// rows of every table of the client (data.json), its history (history.json) and each file's
// bytes under files/. The manifest names the SHA-256 of every other entry, so a file altered
// or cut short is refused before anything is read from it. Pure: the caller hashes.

export const HANDOVER_FORMAT = 'privacy-desk-client';
export const HANDOVER_FORMAT_VERSION = 1;
export const HANDOVER_EXTENSION = '.pdclient';

const MB = 1024 * 1024;

/** A client's files are up to 20 MB each; a large client holds a few hundred MB at most. */
export const handoverLimits: ZipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 512 * MB,
  maxEntryBytes: 64 * MB,
  maxRatio: 200,
  ratioFloorBytes: MB,
  parsed: {
    test: (name) => name.endsWith('.json'),
    maxEntryBytes: 64 * MB,
    maxTotalBytes: 128 * MB,
  },
};

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const handoverManifest = z.object({
  format: z.literal(HANDOVER_FORMAT),
  formatVersion: z.number().int().positive(),
  /** The last migration of the workspace the file was written from. */
  schemaVersion: z.string().min(1).max(200),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  clientName: z.string().min(1).max(200),
  /** Entry name -> SHA-256 of its bytes, for every entry but the manifest. */
  entries: z.record(z.string().max(300), sha256Hex),
});
export type HandoverManifest = z.infer<typeof handoverManifest>;

/** Why a file is refused; each is a validation text the user reads (core/api/messages.ts). */
export type HandoverProblem =
  | 'handoverForeign'
  | 'handoverDamaged'
  | 'handoverTooNew'
  | 'handoverPassphraseNeeded'
  | 'handoverPassphraseWrong'
  | 'archiveLimits';

export class HandoverRefused extends Error {
  constructor(readonly problem: HandoverProblem) {
    super(problem);
    this.name = 'HandoverRefused';
  }
}

export type Sha256 = (bytes: Uint8Array) => string;

export const MANIFEST = 'manifest.json';
export const DATA = 'data.json';
export const HISTORY = 'history.json';
export const filePath = (index: number) => `files/${index}`;

/** Packs the entries with a manifest naming each one's hash. */
export function packHandover(
  entries: Record<string, Uint8Array>,
  header: Omit<HandoverManifest, 'entries' | 'format' | 'formatVersion'>,
  sha256: Sha256,
): Uint8Array {
  const hashes: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(entries)) hashes[name] = sha256(bytes);
  const manifest: HandoverManifest = {
    format: HANDOVER_FORMAT,
    formatVersion: HANDOVER_FORMAT_VERSION,
    ...header,
    entries: hashes,
  };
  // The attached files are stored as they are: contracts and scans (PDF, images, Word) are
  // compressed already, and deflating 20 MB that do not shrink took seconds for nothing.
  const packed: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  for (const [name, bytes] of Object.entries(entries)) {
    packed[name] = name.startsWith('files/') ? [bytes, { level: 0 }] : bytes;
  }
  return zipSync({ [MANIFEST]: strToU8(JSON.stringify(manifest)), ...packed }, { level: 6 });
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const looksLikeZip = (bytes: Uint8Array) => LOCAL_HEADER.every((byte, i) => bytes[i] === byte);

export interface OpenedHandover {
  manifest: HandoverManifest;
  entries: Record<string, Uint8Array>;
}

/**
 * Opens a plain (decrypted) hand-over file: the zip guard's limits first, then the manifest,
 * the format version and every entry's hash. `knownSchema` tells whether this app knows the
 * migration the file names; a newer one is refused, as a newer format is.
 */
export function openHandover(
  bytes: Uint8Array,
  sha256: Sha256,
  knownSchema: (name: string) => boolean,
): OpenedHandover {
  let unpacked: Record<string, Uint8Array>;
  try {
    guardZip(bytes, handoverLimits);
    unpacked = unzipSync(bytes);
  } catch (error) {
    if (
      error instanceof ZipRefused &&
      ['tooManyEntries', 'tooLarge', 'ratio'].includes(error.problem)
    ) {
      throw new HandoverRefused('archiveLimits');
    }
    // A zip whose start is there but whose directory is not: cut short on the way.
    throw new HandoverRefused(looksLikeZip(bytes) ? 'handoverDamaged' : 'handoverForeign');
  }
  const manifestBytes = unpacked[MANIFEST];
  if (!manifestBytes) throw new HandoverRefused('handoverForeign');
  const manifest = parseManifest(manifestBytes);
  if (manifest.formatVersion > HANDOVER_FORMAT_VERSION || !knownSchema(manifest.schemaVersion)) {
    throw new HandoverRefused('handoverTooNew');
  }
  const names = Object.keys(unpacked).filter((name) => name !== MANIFEST);
  if (names.length !== Object.keys(manifest.entries).length) {
    throw new HandoverRefused('handoverDamaged');
  }
  for (const name of names) {
    const entry = unpacked[name];
    if (!entry || manifest.entries[name] !== sha256(entry)) {
      throw new HandoverRefused('handoverDamaged');
    }
  }
  return { manifest, entries: unpacked };
}

function parseManifest(bytes: Uint8Array): HandoverManifest {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(bytes));
  } catch {
    throw new HandoverRefused('handoverDamaged');
  }
  if (typeof json !== 'object' || json === null || !('format' in json)) {
    throw new HandoverRefused('handoverForeign');
  }
  if (json.format !== HANDOVER_FORMAT) throw new HandoverRefused('handoverForeign');
  const parsed = handoverManifest.safeParse(json);
  if (!parsed.success) {
    const version = (json as { formatVersion?: unknown }).formatVersion;
    const newer = typeof version === 'number' && version > HANDOVER_FORMAT_VERSION;
    throw new HandoverRefused(newer ? 'handoverTooNew' : 'handoverDamaged');
  }
  return parsed.data;
}

/** Reads a JSON entry the manifest vouched for. */
export function jsonEntry(entries: Record<string, Uint8Array>, name: string): unknown {
  const bytes = entries[name];
  if (!bytes) throw new HandoverRefused('handoverDamaged');
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    throw new HandoverRefused('handoverDamaged');
  }
}

export const jsonBytes = (value: unknown) => strToU8(JSON.stringify(value));
