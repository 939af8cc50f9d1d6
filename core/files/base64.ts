// Files travel over the API as base64. Node's decoder silently drops what it cannot read,
// so a truncated or garbled upload would be stored as a different, shorter file: only
// canonical base64 (whole quartets, padding at the end only) is accepted.

const alphabet = /^[A-Za-z0-9+/]*={0,2}$/;

export const isCanonicalBase64 = (text: string) => text.length % 4 === 0 && alphabet.test(text);

/** The decoded size, known before decoding, so an oversized file is refused first. */
export const decodedLength = (base64: string) =>
  (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
