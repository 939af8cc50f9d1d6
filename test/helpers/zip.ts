import zlib from 'node:zlib';

// Zip files built by hand, so a test can say exactly what the central directory claims,
// including lies (a zip bomb that declares small sizes). Deflate data of many zeros is
// made from one flushed megabyte repeated, so a 120 MB bomb takes milliseconds to build.

export interface RawEntry {
  name: string;
  /** The bytes as stored: raw deflate (method 8) or the content itself (method 0). */
  packed: Uint8Array;
  method: 0 | 8;
  /** The unpacked size the headers declare. */
  size: number;
  crc?: number;
}

export const deflated = (content: Uint8Array | string): RawEntry & { content: Uint8Array } => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name: '',
    packed: zlib.deflateRawSync(bytes),
    method: 8,
    size: bytes.length,
    crc: zlib.crc32(bytes),
    content: bytes,
  };
};

/** Raw deflate of `megabytes` MB of zeros (about 1 KB packed per MB). */
export function zerosDeflated(megabytes: number): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), {
    level: 9,
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const end = Buffer.from([0x03, 0x00]); // an empty final block
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), end]);
}

export function buildZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.packed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.packed));
    centrals.push(central, name);
    offset += 30 + name.length + e.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, eocd]));
}

/** A docx-shaped bomb: the usual parts, and a document.xml of `megabytes` MB. */
export function docxBomb(megabytes: number, declaredSize = megabytes * 1024 * 1024): Uint8Array {
  const types = deflated('<?xml version="1.0"?><Types/>');
  return buildZip([
    { ...types, name: '[Content_Types].xml' },
    { name: 'word/document.xml', packed: zerosDeflated(megabytes), method: 8, size: declaredSize },
  ]);
}
