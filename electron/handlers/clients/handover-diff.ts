import type { MergeChange, MergeStatus } from '../../../core/api';
import type { StoredValue } from '../../../db/repos/handover.repo';
import { recordLabel, type MergeRecord } from './handover-records';

// The three-way comparison of a merge: each record here (ours), in the file (theirs) and as
// last exchanged (the base hash). Changed on one side only: that side wins without asking;
// changed on both sides differently, or changed on one and deleted on the other: a conflict
// the user decides.

export interface MergeDecision {
  key: string;
  status: MergeStatus;
  ours?: MergeRecord;
  theirs?: MergeRecord;
}

/** What the file changes: every record that differs, with its status; equal ones left out. */
export function compareRecords(
  ours: Map<string, MergeRecord>,
  theirs: Map<string, MergeRecord>,
  base: (key: string) => string | undefined,
): MergeDecision[] {
  const decisions: MergeDecision[] = [];
  const keys = new Set([...ours.keys(), ...theirs.keys()]);
  for (const key of keys) {
    const here = ours.get(key);
    const there = theirs.get(key);
    const was = base(key);
    const status = statusOf(here?.hash, there?.hash, was);
    if (status) decisions.push({ key, status, ours: here, theirs: there });
  }
  return decisions;
}

function statusOf(
  here: string | undefined,
  there: string | undefined,
  was: string | undefined,
): MergeStatus | undefined {
  if (here === there) return undefined;
  if (here !== undefined && there !== undefined) {
    if (was === here) return 'changed';
    if (was === there) return undefined; // changed here only: ours stays
    return 'conflict';
  }
  if (there !== undefined) {
    if (was === undefined) return 'new';
    return was === there ? undefined : 'conflict'; // deleted here; changed there?
  }
  if (was === undefined) return undefined; // new here
  return was === here ? 'deleted' : 'conflict'; // deleted there; changed here?
}

/** Whether applying the decision takes the file's version. */
export const takesTheirs = (decision: MergeDecision, choice: 'ours' | 'theirs' | undefined) =>
  decision.status === 'conflict' ? choice === 'theirs' : true;

const MAX_SHOWN = 300;
const isUid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);

/** A value as the user reads it: a reference as the name of what it points at. */
function readable(value: StoredValue, labelOf: (uid: string) => string): string | null {
  if (value === null) return null;
  if (isUid(value)) return labelOf(value);
  const text = String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** A link row as the names of what it links to. */
function childText(child: string, labelOf: (uid: string) => string) {
  return Object.values(JSON.parse(child) as Record<string, StoredValue>)
    .map((value) => readable(value, labelOf))
    .filter((text) => text !== null && text !== '')
    .join(' ');
}

function fieldText(
  record: MergeRecord | undefined,
  field: string,
  labelOf: (uid: string) => string,
) {
  if (!record) return null;
  const children = record.children[field];
  if (children) return children.map((child) => childText(child, labelOf)).join(', ');
  const value = record.fields[field];
  return value === undefined ? null : readable(value, labelOf);
}

/** Columns the app keeps for itself; a change in them shows in the fields the user knows. */
const hiddenFields = new Set(['client_id', 'created_at', 'updated_at', 'missing', 'complete']);

/** The decision as the preview shows it: per field, before (here) and after (the file). */
export function describeChange(
  decision: MergeDecision,
  labelOf: (uid: string) => string,
): MergeChange {
  const { ours, theirs } = decision;
  const names = new Set(
    [ours, theirs].flatMap((side) =>
      side ? [...Object.keys(side.fields), ...Object.keys(side.children)] : [],
    ),
  );
  const fields: MergeChange['fields'] = [];
  for (const field of names) {
    if (hiddenFields.has(field)) continue;
    const before = fieldText(ours, field, labelOf);
    const after = fieldText(theirs, field, labelOf);
    if (before !== after) fields.push({ field, before, after });
  }
  return {
    key: decision.key,
    table: (theirs ?? ours)?.table ?? 'clients',
    label: recordLabel(theirs ?? ours),
    status: decision.status,
    fields,
  };
}
