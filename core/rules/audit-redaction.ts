// What the audit log keeps of a record once it is deleted. The history must still show that
// something happened and when (accountability, Art. 5(2) GDPR), but not whose data it was
// (Art. 17): a request shrinks to "request #N, kind, dates", a file to "file #N, type, size",
// a client loses its contact data. Pure functions: the same entry always shrinks alike.

export type Changes = Record<string, unknown>;

export interface RedactableEntry {
  entity: string;
  entityId: number;
  changes: Changes;
  label: string;
}

export interface RedactedContent {
  changes: Changes;
  label: string;
}

export type Reducer = (entry: RedactableEntry) => RedactedContent;

const datePattern =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$|^\d{2}:\d{2}$/;

const isDateOrEmpty = (value: unknown) =>
  value === null || value === '' || (typeof value === 'string' && datePattern.test(value));

/** A [before, after] pair (or a plain value) whose every side is a date, a time or empty. */
const onlyDates = (change: unknown) =>
  Array.isArray(change) ? change.every(isDateOrEmpty) : isDateOrEmpty(change);

const pick = (changes: Changes, keep: (key: string, change: unknown) => boolean): Changes =>
  Object.fromEntries(Object.entries(changes).filter(([key, change]) => keep(key, change)));

/** Codes from fixed lists: they say what kind of request it was, never who made it. */
const requestCodes = new Set(['kind', 'state', 'channel']);

export const requestReducer: Reducer = (entry) => ({
  changes: pick(entry.changes, (key, change) => requestCodes.has(key) || onlyDates(change)),
  label: `#${entry.entityId}`,
});

/** A file's name may name a person; its type, size and role do not. */
const fileFacts = new Set(['role', 'mimeType', 'size', 'ownerType', 'ownerId', 'createdAt']);

export const attachmentReducer: Reducer = (entry) => ({
  changes: pick(entry.changes, (key) => fileFacts.has(key)),
  label: `#${entry.entityId}`,
});

/** Fields that reach a person: the client's and its DPO's, or a contact person's. */
const contactKey = /^(?:contact|dpo)|e-?mail|phone|street|postcode|city|address|representative/i;

export const contactReducer: Reducer = (entry) => ({
  changes: pick(entry.changes, (key) => !contactKey.test(key)),
  label: entry.label,
});

/** A breach's description, notes and names may name persons; its kind, counts and times do not. */
const breachCodes = new Set(['kinds', 'starter', 'state', 'subjectsCount', 'recordsCount']);

export const breachReducer: Reducer = (entry) => ({
  changes: pick(entry.changes, (key, change) => breachCodes.has(key) || onlyDates(change)),
  label: `#${entry.entityId}`,
});

/** A consent person: what kinds of event, on which channels, when; never who or from where. */
const personCodes = new Set(['business', 'noticeAtCollection', 'noticeInEveryMail']);
const eventFacts = new Set(['kind', 'at', 'channels', 'source', 'method']);
const eventsOnly = (change: unknown): unknown =>
  Array.isArray(change)
    ? change.map((side) =>
        Array.isArray(side)
          ? side.map((e) =>
              e && typeof e === 'object'
                ? Object.fromEntries(Object.entries(e).filter(([k]) => eventFacts.has(k)))
                : e,
            )
          : side,
      )
    : change;

export const consentPersonReducer: Reducer = (entry) => ({
  changes: Object.fromEntries(
    Object.entries(entry.changes)
      .filter(([key, change]) => key === 'events' || personCodes.has(key) || onlyDates(change))
      .map(([key, change]) => [key, key === 'events' ? eventsOnly(change) : change]),
  ),
  label: `#${entry.entityId}`,
});

/** An import's file name may name a person; its counts and encoding do not. */
const importFacts = new Set(['encoding', 'rows', 'created', 'updated', 'events', 'mappingSaved']);

export const consentImportReducer: Reducer = (entry) => ({
  changes: pick(entry.changes, (key) => importFacts.has(key)),
  label: `#${entry.entityId}`,
});

/**
 * Everything a deleted client leaves in the log: its requests, breaches, consent persons and
 * imports, files and contacts.
 */
export const clientReducer: Reducer = (entry) =>
  entry.entity === 'request'
    ? requestReducer(entry)
    : entry.entity === 'breach'
      ? breachReducer(entry)
      : entry.entity === 'consent_person'
        ? consentPersonReducer(entry)
        : entry.entity === 'consent_import'
          ? consentImportReducer(entry)
          : entry.entity === 'attachment'
            ? attachmentReducer(entry)
            : contactReducer(entry);
