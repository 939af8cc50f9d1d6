import { Inflate } from 'fflate';

// Every .docx, .xlsx or other zip the app reads from outside passes this guard before a
// library unpacks it. It reads the zip's central directory (names and declared sizes,
// nothing unpacked) and refuses too many entries, too much unpacked data and suspicious
// compression ratios; then it inflates each entry in small steps, only counting, and stops
// as soon as an entry yields more than it declared, so a lying zip bomb costs at most a few
// megabytes and milliseconds. Libraries such as pizzip trust the declared sizes and inflate
// a whole entry at once: after this guard, those sizes are known to be true and small.

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the unpacked sizes. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Unpacked/packed, checked for entries of at least `ratioFloorBytes` unpacked. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Entries a parser reads as a whole (e.g. the XML a template engine walks): tighter caps. */
  parsed?: { test: (name: string) => boolean; maxEntryBytes: number; maxTotalBytes: number };
}

const MB = 1024 * 1024;

/** Word files: a long contract is well under 1 MB of XML; logos and images add a few MB. */
export const docxLimits: ZipLimits = {
  maxEntries: 500,
  maxTotalBytes: 32 * MB,
  maxEntryBytes: 16 * MB,
  maxRatio: 100,
  ratioFloorBytes: MB,
  parsed: {
    test: (name) => /\.(xml|rels)$/i.test(name),
    maxEntryBytes: 2 * MB,
    maxTotalBytes: 4 * MB,
  },
};

export type ZipProblem = 'notZip' | 'unsupported' | 'tooManyEntries' | 'tooLarge' | 'ratio';

export class ZipRefused extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly entry = '',
  ) {
    super(entry ? `${problem}: ${entry}` : problem);
    this.name = 'ZipRefused';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  size: number;
  /** Where the packed data starts and ends in the file. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipRefused('notZip');
}

/** The central directory, checked against the limits; nothing is unpacked. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.length < 22) throw new ZipRefused('notZip');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || count === 0xffff || offset === 0xffffffff) {
    throw new ZipRefused('unsupported'); // split archives and ZIP64: never a template
  }
  if (count > limits.maxEntries) throw new ZipRefused('tooManyEntries');
  if (offset + size > eocd) throw new ZipRefused('notZip');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let total = 0;
  let parsedTotal = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new ZipRefused('notZip');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const entrySize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (flags & 1 || (method !== 0 && method !== 8)) throw new ZipRefused('unsupported', name);
    if (local + 30 > offset || view.getUint32(local, true) !== LOCAL) {
      throw new ZipRefused('notZip', name);
    }
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + packedSize > offset) throw new ZipRefused('notZip', name);
    if (method === 0 && packedSize !== entrySize) throw new ZipRefused('notZip', name);
    total += entrySize;
    if (entrySize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      throw new ZipRefused('tooLarge', name);
    }
    if (limits.parsed?.test(name)) {
      parsedTotal += entrySize;
      if (entrySize > limits.parsed.maxEntryBytes || parsedTotal > limits.parsed.maxTotalBytes) {
        throw new ZipRefused('tooLarge', name);
      }
    }
    if (entrySize >= limits.ratioFloorBytes && entrySize > limits.maxRatio * packedSize) {
      throw new ZipRefused('ratio', name);
    }
    entries.push({ name, method, packedSize, size: entrySize, dataStart });
  }
  return entries;
}

// Deflate packs at most about 1:1032, so pushing `n` packed bytes yields at most ~1032·n: the
// step follows what the entry may still yield, and a liar is caught within about 512 KB.
const MAX_DEFLATE_RATIO = 1032;
const stepFor = (allowance: number) =>
  Math.min(64 * 1024, Math.max(512, Math.floor(allowance / MAX_DEFLATE_RATIO)));

/** Inflates one entry, counting only; refuses it the moment it yields more than declared. */
function checkInflatedSize(bytes: Uint8Array, entry: ZipEntry) {
  if (entry.method === 0) return;
  let produced = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (final) ended = true;
  });
  const end = entry.dataStart + entry.packedSize;
  try {
    for (let at = entry.dataStart; at < end;) {
      const next = Math.min(at + stepFor(entry.size - produced), end);
      inflate.push(bytes.subarray(at, next), next >= end);
      if (produced > entry.size) throw new ZipRefused('ratio', entry.name);
      at = next;
    }
    if (entry.packedSize === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused('notZip', entry.name);
  }
  if (produced !== entry.size || (!ended && entry.size > 0))
    throw new ZipRefused('notZip', entry.name);
}

/**
 * The guard: directory within the limits and every entry really as small as it says.
 * Throws ZipRefused; returns the entries for callers that want to look at names.
 */
export function guardZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const entries = readZipDirectory(bytes, limits);
  for (const entry of entries) checkInflatedSize(bytes, entry);
  return entries;
}
