import crypto from 'node:crypto';
import fs from 'node:fs';
import type SQLite from 'better-sqlite3';

// Encryption at rest (SQLCipher v4 through better-sqlite3-multiple-ciphers). The key is
// never the passphrase itself: K = scrypt(passphrase, S) with a random 16-byte salt S, and
// the file is keyed with the raw key x'K S'. SQLCipher stores S as the file's first 16
// bytes, so opening reads S back and derives K again. K is also the recovery key: it opens
// the file without the passphrase. Only the derived key stays in memory, never the passphrase.

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// About a tenth of a second per try here: cheap for the user, costly for a guesser.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export interface WorkspaceKey {
  readonly key: Buffer;
  readonly salt: Buffer;
}

/**
 * A file whose first bytes are not SQLite's header (SQLCipher's random salt instead) and
 * that consists of whole pages, as every database does: a text file is not taken for one.
 */
export function fileIsEncrypted(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const size = fs.statSync(file).size;
  if (size < 512 || size % 512 !== 0) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && !head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

export function deriveKey(passphrase: string, salt: Buffer): WorkspaceKey {
  return { key: crypto.scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT), salt };
}

/** A key for a file that is not encrypted yet: a fresh salt. */
export const newKey = (passphrase: string): WorkspaceKey =>
  deriveKey(passphrase, crypto.randomBytes(SALT_BYTES));

/** The recovery key as shown to the user: K in groups of four hex digits. */
export function recoveryKeyOf({ key }: WorkspaceKey): string {
  return key.toString('hex').toUpperCase().match(/.{4}/g)?.join('-') ?? '';
}

/** K from a typed recovery key (spaces, dashes and case do not matter), or null. */
function parseRecoveryKey(text: string): Buffer | null {
  const hex = text.replace(/[\s-]/g, '');
  return /^[0-9a-fA-F]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
}

function saltOf(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    fs.readSync(fd, salt, 0, SALT_BYTES, 0);
    return salt;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The keys a typed secret may stand for with this file: a recovery key first (no scrypt
 * needed), then the passphrase. Which one fits, only the file can tell.
 */
export function candidateKeys(file: string, secret: string): WorkspaceKey[] {
  const salt = saltOf(file);
  const recovery = parseRecoveryKey(secret);
  const derived = deriveKey(secret, salt);
  return recovery ? [{ key: recovery, salt }, derived] : [derived];
}

/** Whether a typed secret is the passphrase or recovery key of the open workspace's key. */
export function secretMatches(file: string, secret: string, current: WorkspaceKey): boolean {
  return candidateKeys(file, secret).some(
    (k) => k.salt.equals(current.salt) && crypto.timingSafeEqual(k.key, current.key),
  );
}

const rawKey = ({ key, salt }: WorkspaceKey) =>
  `"x'${Buffer.concat([key, salt]).toString('hex')}'"`;

/** SQLCipher v4 settings; must come before the key and before anything is read. */
function chooseCipher(sqlite: SQLite.Database): void {
  sqlite.pragma(`cipher = 'sqlcipher'`);
  sqlite.pragma('legacy = 4');
  // A plain SQLite build ignores unknown pragmas, and would write the file unencrypted.
  if (sqlite.pragma('cipher', { simple: true }) !== 'sqlcipher') {
    throw new Error('This SQLite build cannot encrypt (better-sqlite3-multiple-ciphers needed).');
  }
}

/** Keys a freshly opened connection (nothing read from it yet). */
export function applyKey(sqlite: SQLite.Database, key: WorkspaceKey | null): void {
  if (!key) return;
  chooseCipher(sqlite);
  sqlite.pragma(`key = ${rawKey(key)}`);
}

/**
 * A wrong key opens silently and fails only at the first read (SQLITE_NOTADB), so this
 * reads the schema right after keying.
 */
export function keyFits(sqlite: SQLite.Database): boolean {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw error;
  }
}

/**
 * Re-encrypts the open file with another key, encrypts a plain one, or decrypts it (null).
 * SQLCipher refuses to rekey in WAL mode: the journal is switched off and on around it.
 */
export function rekey(sqlite: SQLite.Database, key: WorkspaceKey | null): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  try {
    if (key) chooseCipher(sqlite);
    sqlite.pragma(`rekey = ${key ? rawKey(key) : "''"}`);
  } finally {
    sqlite.pragma('journal_mode = WAL');
  }
}

/**
 * A consistent copy of the open database keyed like it (plain stays plain). VACUUM INTO
 * writes the copy with the connection's cipher and key; the online backup would not.
 */
export function copyDatabase(sqlite: SQLite.Database, target: string): void {
  sqlite.prepare('VACUUM INTO ?').run(target);
}

/** Overwrites a file with random bytes, flushes that to the disk, then removes it. */
export function deleteSecurely(file: string): void {
  if (!fs.existsSync(file)) return;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let at = 0; at < size; at += chunk.length) {
      const length = Math.min(chunk.length, size - at);
      crypto.randomFillSync(chunk, 0, length);
      fs.writeSync(fd, chunk, 0, length, at);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.unlinkSync(file);
}
