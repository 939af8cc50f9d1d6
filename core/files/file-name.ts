// A file name from outside (an upload, an e-mail attachment, RFC 2231 decoded) becomes a
// plain base name that is safe on Windows, macOS and Linux: no folders, no control or
// direction-changing characters, no reserved device names. What is left is shown and used
// as the suggested name when the file is saved again.

const MAX_LENGTH = 200;

/** Folders of either kind: only the last segment names the file. */
const lastSegment = (name: string) => name.split(/[\\/]/).at(-1) ?? '';

// C0/C1 controls, bidi overrides and isolates, zero-width characters, and what Windows forbids.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"|?*]/g;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const controls = /[\u0000-\u001f\u007f]/g;

/** Text from outside without control characters (header values, names). */
export const withoutControls = (text: string) => text.replace(controls, ' ');

const reserved = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/** Shortens the stem, keeping a short extension (".pdf"). */
function shorten(name: string): string {
  if (name.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return `${name.slice(0, MAX_LENGTH - ext.length).trimEnd()}${ext}`;
}

/** The safe base name of `name`; '' when nothing usable is left. */
export function safeBaseName(name: string): string {
  const base = lastSegment(name.normalize('NFC'))
    .replace(unsafe, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (base === '') return '';
  return shorten(reserved.test(base) ? `_${base}` : base);
}
