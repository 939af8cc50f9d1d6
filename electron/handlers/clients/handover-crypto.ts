import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { HandoverRefused } from '../../../core/files/handover-format';

// A hand-over file with a passphrase: AES-256-GCM over the whole zip, the key from
// scrypt(passphrase, a random salt). The header is MAGIC (8 bytes), the version (1 byte), the
// salt (16) and the IV (12); the GCM tag (16) ends the file. A wrong passphrase and a changed
// byte anywhere after the header both fail the tag, so both are refused with one message.

const MAGIC = Buffer.from('PDCLIENC', 'ascii');
const VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + SALT_BYTES + IV_BYTES;
// N = 2^15 takes about 0.1 s here and stays inside Node's default 32 MB scrypt memory (128·N·r).
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export const sha256Bytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const keyFor = (passphrase: string, salt: Uint8Array) =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);

export const isEncrypted = (bytes: Uint8Array) =>
  bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);

export function encryptHandover(plain: Uint8Array, passphrase: string): Uint8Array {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION]), salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', keyFor(passphrase, salt), iv);
  // The header is authenticated too: a changed salt or version fails like a changed byte.
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The zip inside; refuses a missing or wrong passphrase and any change to the file. */
export function decryptHandover(bytes: Uint8Array, passphrase: string | undefined): Uint8Array {
  if (bytes.length < HEADER_BYTES + TAG_BYTES) throw new HandoverRefused('handoverDamaged');
  const version = bytes[MAGIC.length] ?? 0;
  if (version > VERSION) throw new HandoverRefused('handoverTooNew');
  if (version !== VERSION) throw new HandoverRefused('handoverDamaged');
  if (!passphrase) throw new HandoverRefused('handoverPassphraseNeeded');
  const header = bytes.subarray(0, HEADER_BYTES);
  const salt = header.subarray(MAGIC.length + 1, MAGIC.length + 1 + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + 1 + SALT_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', keyFor(passphrase, salt), iv);
  decipher.setAAD(header);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    const body = bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new HandoverRefused('handoverPassphraseWrong');
  }
}
