import { auditEntity, type AuditEntry, type Language } from '../../core/api';
import { legalBasisLabels, type LegalBasisCode } from '../../core/i18n/legal-bases';
import { formatDate, formatDateTime } from './format';
import { historySpecs, type FieldSpec, type ItemsSpec, type ValueKind } from './history-specs';

// Turns an audit entry (field -> [before, after], any JSON) into what a person would write:
// "AV-Vertrag – Status: Angefragt → Unterzeichnet". Pure, so unit tests read the same text
// as the screen. Fields without a spec still read sensibly (dates, yes/no, nested objects),
// but enum codes need a spec to be translated.

export interface HistoryTexts {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: Language;
  /** Names of the client's activities, for fields that keep ids. */
  activityName?: (id: number) => string | undefined;
}

export interface HistoryRow {
  label: string;
  /** One line per value (each item of a list gets its own line); [] means empty. */
  before: string[];
  after: string[];
}

export interface DescribedEntry {
  summary: string;
  rows: HistoryRow[];
}

type Json = Record<string, unknown>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const isRecord = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

class Writer {
  constructor(
    private readonly x: HistoryTexts,
    private readonly namespaces: readonly string[],
  ) {}

  /** The spec's label, else the first namespace that knows the field, else the field. */
  label(field: string, spec: FieldSpec | undefined): string {
    const key = spec?.label ?? this.namespaces.map((ns) => `${ns}.${field}`).find(this.x.exists);
    const label = key ? this.x.t(key) : field;
    return spec?.group ? `${this.x.t(spec.group)} – ${label}` : label;
  }

  scalar(value: unknown, kind: ValueKind | undefined): string {
    const { x } = this;
    if (isEmpty(value)) return '';
    if (typeof kind === 'object') {
      const key = `${kind.enum}.${String(value)}`;
      return x.exists(key) ? x.t(key) : String(value);
    }
    if (kind === 'legalBasis') {
      const label = legalBasisLabels[x.language][value as LegalBasisCode];
      return label ? `${label.norm} (${label.text})` : String(value);
    }
    if (kind === 'activityRef') {
      return x.activityName?.(Number(value)) ?? x.t('common:history.deletedActivity');
    }
    if (typeof value === 'boolean') return x.t(value ? 'common:history.yes' : 'common:history.no');
    if (typeof value === 'number') {
      return new Intl.NumberFormat(x.language === 'de' ? 'de-DE' : 'en-GB').format(value);
    }
    if (typeof value === 'string') {
      if (kind === 'date' || isoDate.test(value)) return formatDate(value, x.language);
      if (kind === 'instant' || isoInstant.test(value)) return formatDateTime(value, x.language);
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => this.scalar(v, kind)).join(', ');
    return this.item(value as Json, { fields: {} });
  }

  /** One item of a list of objects: "Backup AG (Anschrift: Zürich; Land: Schweiz)". */
  item(item: Json, spec: ItemsSpec): string {
    const parts: string[] = [];
    for (const [field, value] of Object.entries(item)) {
      const sub = spec.fields[field];
      if (field === spec.title || sub?.kind === 'hidden' || isEmpty(value)) continue;
      const text = this.scalar(value, sub?.kind);
      parts.push(sub?.plain ? text : `${this.label(field, sub)}: ${text}`);
    }
    const title = spec.title ? this.scalar(item[spec.title], spec.fields[spec.title]?.kind) : '';
    if (!title) return parts.join('; ');
    if (parts.length === 0) return title;
    return spec.separator
      ? `${title}${spec.separator}${parts.join(', ')}`
      : `${title} (${parts.join('; ')})`;
  }

  lines(value: unknown, spec: FieldSpec | undefined): string[] {
    if (isEmpty(value)) return [];
    return (Array.isArray(value) ? value : [value])
      .map((entry: unknown) => {
        const parsed = typeof entry === 'string' && spec?.legacy ? spec.legacy(entry) : entry;
        return isRecord(parsed)
          ? this.item(parsed, spec?.items ?? { fields: {} })
          : this.scalar(parsed, spec?.kind);
      })
      .filter((line) => line !== '');
  }

  /** A nested object (an agreement, an identity check) gives one row per changed sub-field. */
  rows(field: string, spec: FieldSpec | undefined, [before, after]: [unknown, unknown]) {
    if (spec?.kind === 'hidden') return [];
    const label = this.label(field, spec);
    if (!spec?.items && (isRecord(before) || isRecord(after))) {
      const b = isRecord(before) ? before : {};
      const a = isRecord(after) ? after : {};
      return [...new Set([...Object.keys(b), ...Object.keys(a)])].flatMap((key): HistoryRow[] => {
        const sub = spec?.fields?.[key];
        if (sub?.kind === 'hidden' || same(b[key], a[key])) return [];
        const row = {
          label: `${label} – ${this.label(key, sub)}`,
          before: this.lines(b[key], sub),
          after: this.lines(a[key], sub),
        };
        // null -> '' is no change a person would notice.
        return row.before.length + row.after.length === 0 ? [] : [row];
      });
    }
    return [{ label, before: this.lines(before, spec), after: this.lines(after, spec) }];
  }
}

/** A file added to or removed from the record whose history is shown. */
function fileSummary(entry: AuditEntry, x: HistoryTexts): string {
  const value = (field: string) => {
    const [before, after] = entry.changes[field] ?? [null, null];
    return typeof (after ?? before) === 'string' ? String(after ?? before) : '';
  };
  const roleKey = `common:history.fileRoles.${value('role')}`;
  // A deleted file's entries keep its role, type and size, not its name (it may name a person).
  const redacted = !value('name') && /^#\d+$/.test(entry.label);
  const name = redacted ? x.t('common:history.file.redactedName') : value('name') || entry.label;
  const role = value('role') && x.exists(roleKey) ? ` (${x.t(roleKey)})` : '';
  const action = entry.action === 'delete' ? 'removed' : 'added';
  return x.t(`common:history.file.${action}`, { name: `${name}${role}` });
}

/** The history a hand-over file brought along, kept inside the entry of its import or merge. */
export interface ImportedHistory {
  /** Whether every entry matched its own hashes when the file was read. */
  verified: boolean;
  merged: boolean;
  entries: AuditEntry[];
}

const after = (entry: AuditEntry, field: string): unknown => entry.changes[field]?.[1] ?? null;

export function importedHistory(entry: AuditEntry): ImportedHistory | null {
  if (entry.entity !== 'client') return null;
  const file = after(entry, 'importedFile') ?? after(entry, 'mergedFile');
  if (typeof file !== 'string') return null;
  const list = after(entry, 'importedHistory');
  const entries = (Array.isArray(list) ? list : [])
    .filter(isRecord)
    .map((item, index): AuditEntry => ({
      id: index + 1,
      at: typeof item.at === 'string' ? item.at : '',
      actor: typeof item.actor === 'string' ? item.actor : '',
      clientId: entry.clientId,
      // Entries from before the rename name the client 'organisation'.
      entity: auditEntity.safeParse(item.entity).data ?? 'client',
      entityId: typeof item.entityId === 'number' ? item.entityId : 0,
      action:
        (['create', 'update', 'delete', 'redact'] as const).find((a) => a === item.action) ??
        'update',
      changes: isRecord(item.changes) ? (item.changes as AuditEntry['changes']) : {},
      label: typeof item.label === 'string' ? item.label : '',
    }));
  return {
    verified: after(entry, 'historyVerified') === true,
    merged: after(entry, 'mergedFile') !== null,
    entries: entries.reverse(),
  };
}

/** What a merge changed, one row per record: "Löschregeln: Rechnungen | Gelöscht". */
function mergedRows(entry: AuditEntry, x: HistoryTexts): HistoryRow[] {
  const merged = after(entry, 'merged');
  return (Array.isArray(merged) ? merged : []).filter(isRecord).map((item) => {
    const status = x.t(`clients:handover.status.${String(item.status)}`);
    const applied = x.t(`clients:handover.take.${item.applied === 'ours' ? 'ours' : 'theirs'}`);
    return {
      label: `${x.t(`clients:handover.tables.${String(item.table)}`)}: ${String(item.label)}`,
      before: [],
      after: [item.status === 'conflict' ? `${status} – ${applied}` : status],
    };
  });
}

export function describeEntry(entry: AuditEntry, x: HistoryTexts): DescribedEntry {
  if (entry.entity === 'attachment') return { summary: fileSummary(entry, x), rows: [] };
  const handover = importedHistory(entry);
  if (handover?.merged) {
    const sha256 = after(entry, 'mergedFile');
    return {
      summary: x.t('common:history.handover.merged', { sha256 }),
      rows: mergedRows(entry, x),
    };
  }
  if (handover) {
    const sha256 = after(entry, 'importedFile');
    return { summary: x.t('common:history.handover.imported', { sha256 }), rows: [] };
  }
  const summary = x.t(`common:history.action.${entry.action}`);
  if (entry.action !== 'update') return { summary, rows: [] };
  const spec = historySpecs[entry.entity];
  const writer = new Writer(x, spec.namespaces);
  const rows = Object.entries(entry.changes).flatMap(([field, change]) =>
    writer.rows(field, spec.fields[field], change),
  );
  return { summary, rows };
}
