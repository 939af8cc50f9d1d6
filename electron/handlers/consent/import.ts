import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import { AppError, translateValidation, type ConsentEvent } from '../../../core/api';
import type { ImportRecord } from '../../../core/rules/consent-import';
import { appendAuditEntries, recordAudit, type AuditWrite } from '../../../db/repos/audit.repo';
import {
  eventFactsOf,
  insertEvents,
  insertImport,
  insertPersons,
  saveMapping,
  setImportCounts,
} from '../../../db/repos/consent-import.repo';
import {
  cacheToRow,
  findStoredPerson,
  personToRow,
  updatePersonRow,
  type StoredPerson,
} from '../../../db/repos/consent-persons.repo';
import type { StoredText } from '../../../db/repos/consent-texts.repo';
import type { ConsentEventTable } from '../../../db/tables/consent';
import type { Handlers } from '../context';
import { inTransaction, type Stamp } from '../support';
import { readImport } from './import-read';
import { cacheOf, factsOf, personSnapshot, refuse } from './store';

// The CSV import: a preview that writes nothing, and the import of every row in one
// transaction, or of none when any row has a problem. A person the client already has
// (same e-mail, phone or reference) gets only the events it does not have yet.

type EventRow = Insertable<ConsentEventTable>;

type RowEvent = Omit<EventRow, 'person_id' | 'client_id' | 'recorded_at' | 'import_id'>;

/** The events one row stands for, with the wording's channels. */
function rowEvents(
  r: ImportRecord,
  text: StoredText,
  how: { source: EventRow['source']; method: EventRow['method']; fileName: string },
): RowEvent[] {
  const channels = JSON.stringify(text.channels);
  // Every column in every row: a multi-row INSERT does not fill in the table's defaults.
  // Written out, not spread from a shared base: spreading thousands of rows is slow.
  const event = (kind: RowEvent['kind'], at: string, source: RowEvent['source']): RowEvent => ({
    kind,
    at,
    ip: r.ip,
    user_agent: r.userAgent,
    channels,
    text_id: null,
    source,
    source_detail: '',
    method: null,
    age_check: 'none',
    token_hash: '',
    note: '',
    request_id: null,
    attachment_id: null,
  });
  const events: RowEvent[] = [];
  if (r.givenAt) {
    const given = event('given', r.givenAt, how.source);
    given.text_id = text.id;
    given.source_detail = r.sourceDetail || how.fileName;
    given.method = how.method;
    events.push(given);
  }
  if (r.doiRequestedAt) events.push(event('doi_requested', r.doiRequestedAt, 'email'));
  if (r.doiConfirmedAt) events.push(event('doi_confirmed', r.doiConfirmedAt, 'email'));
  if (r.withdrawnAt) events.push(event('withdrawn', r.withdrawnAt, how.source));
  return events;
}

/** An event as a person's history shows it, before it has an id of its own. */
const asEvent = (e: RowEvent, text: StoredText, stamp: Stamp, importId: number): ConsentEvent => ({
  id: 1,
  kind: e.kind,
  at: e.at,
  text: e.text_id ? { id: text.id, name: text.name, version: text.version } : null,
  channels: text.channels,
  source: e.source ?? null,
  sourceDetail: e.source_detail ?? '',
  method: e.method ?? null,
  ageCheck: 'none',
  ip: e.ip ?? '',
  userAgent: e.user_agent ?? '',
  tokenHash: '',
  note: '',
  requestId: null,
  importId,
  attachmentId: null,
  recordedBy: stamp.actor,
  recordedAt: stamp.at,
});

export const consentImportHandlers: Pick<Handlers, 'consent.previewImport' | 'consent.importFile'> =
  {
    'consent.previewImport': async (input, ctx) => {
      const read = await readImport(ctx, ctx.workspace().db, input);
      const existing = read.existing.filter((id) => id !== null).length;
      return {
        encoding: read.encoding,
        detected: read.detected,
        delimiter: read.csv.delimiter,
        headers: read.csv.headers,
        mapping: read.mapping,
        savedMapping: read.savedMapping,
        rows: read.records.length,
        sample: read.records.slice(0, 20).map((r, i) => ({
          row: r.row,
          name: r.name,
          email: r.email,
          phone: r.phone,
          reference: r.reference,
          givenAt: r.givenAt,
          existing: read.existing[i] !== null,
        })),
        newPersons: read.records.length - existing,
        existingPersons: existing,
        issues: read.issues.slice(0, 500),
      };
    },

    'consent.importFile': (input, ctx) => {
      const lang = ctx.language();
      return inTransaction(ctx, async (trx, stamp) => {
        const read = await readImport(ctx, trx, input);
        if (read.issues.length > 0) {
          throw new AppError('VALIDATION_FAILED', {}, [
            {
              path: '',
              key: 'importRowsInvalid',
              message: translateValidation('importRowsInvalid', lang),
            },
            ...read.issues.slice(0, 200).map((i) => ({
              path: i.row === 1 ? `mapping.${i.field}` : `rows.${i.row}.${i.field}`,
              key: i.key,
              message: translateValidation(i.key, lang),
            })),
          ]);
        }
        const text = read.text;
        if (!text) throw refuse('VALIDATION_FAILED', 'textId', 'textRequired', lang);
        const bytes = Buffer.from(input.base64, 'base64');
        const importId = await insertImport(trx, {
          clientId: input.clientId,
          fileName: input.name,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          encoding: read.encoding,
          delimiter: read.csv.delimiter,
          rows: read.records.length,
          mapping: read.mapping,
          actor: stamp.actor,
          at: stamp.at,
        });
        const how = { source: input.source, method: input.method, fileName: input.name };
        const stampRow = (e: RowEvent, personId: number): EventRow =>
          Object.assign(
            {
              person_id: personId,
              client_id: input.clientId,
              import_id: importId,
              recorded_by: stamp.actor,
              recorded_at: stamp.at,
            },
            e,
          );
        const audits: AuditWrite[] = [];
        const events: EventRow[] = [];

        // New persons: written in batches, their verdicts computed from the rows alone. Each
        // row's events are built once and serve the person's verdicts, its audit entry and
        // the event rows.
        const built = read.records.flatMap((r, i) => {
          if (read.existing[i] !== null) return [];
          const values = {
            name: r.name,
            email: r.email,
            phone: r.phone,
            reference: r.reference,
            business: r.business,
            presumedConsentReason: '',
            customerSaleOn: null,
            customerSaleNote: '',
            similarGoods: '',
            noticeAtCollection: false,
            noticeInEveryMail: false,
          };
          const rows = rowEvents(r, text, how);
          const evs = rows.map((e) => asEvent(e, text, stamp, importId));
          return [{ r, values, rows, evs }];
        });
        const ids = await insertPersons(
          trx,
          built.map(({ values, evs }) =>
            Object.assign(
              personToRow(values),
              cacheToRow(cacheOf(Object.assign({ events: evs }, values))),
              { client_id: input.clientId, created_at: stamp.at, updated_at: stamp.at },
            ),
          ),
        );
        built.forEach(({ r, values, rows, evs }, i) => {
          const id = ids[i]!;
          for (const e of rows) events.push(stampRow(e, id));
          const person: StoredPerson = Object.assign(
            {
              id,
              clientId: input.clientId,
              clientName: '',
              events: evs,
              createdAt: stamp.at,
              updatedAt: stamp.at,
            },
            values,
          );
          audits.push({
            at: stamp.at,
            actor: stamp.actor,
            clientId: input.clientId,
            entity: 'consent_person',
            entityId: id,
            action: 'create',
            before: null,
            after: personSnapshot(person),
            label: r.name,
          });
        });

        // Persons the client has: only the events they do not have yet.
        const known = read.records.flatMap((r, i) =>
          read.existing[i] === null ? [] : [{ r, id: read.existing[i]! }],
        );
        const facts = await eventFactsOf(
          trx,
          known.map((k) => k.id),
        );
        const had = new Set(facts.map((f) => `${f.personId}|${f.kind}|${f.at}`));
        let updated = 0;
        for (const { r, id } of known) {
          const added = rowEvents(r, text, how).filter((e) => !had.has(`${id}|${e.kind}|${e.at}`));
          if (added.length === 0) continue;
          const before = (await findStoredPerson(trx, id))!;
          const after: StoredPerson = {
            ...before,
            events: [...before.events, ...added.map((e) => asEvent(e, text, stamp, importId))],
          };
          for (const e of added) events.push(stampRow(e, id));
          await updatePersonRow(trx, id, cacheToRow(cacheOf(factsOf(after))), stamp.at);
          audits.push({
            ...stamp,
            clientId: input.clientId,
            entity: 'consent_person',
            entityId: id,
            action: 'update',
            before: personSnapshot(before),
            after: personSnapshot(after),
            label: before.name,
          });
          updated++;
        }
        await insertEvents(trx, events);
        await appendAuditEntries(trx, audits);
        const counts = { created: ids.length, updated, events: events.length };
        await setImportCounts(trx, importId, counts);
        if (input.saveMapping) await saveMapping(trx, input.clientId, read.mapping, stamp.at);
        await recordAudit(trx, {
          ...stamp,
          clientId: input.clientId,
          entity: 'consent_import',
          entityId: importId,
          action: 'create',
          before: null,
          after: {
            fileName: input.name,
            encoding: read.encoding,
            rows: read.records.length,
            ...counts,
            text: `${text.name} (${text.version})`,
            mappingSaved: input.saveMapping,
          },
          label: input.name,
        });
        return { importId, ...counts };
      });
    },
  };
