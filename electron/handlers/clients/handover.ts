import { AppError, translateValidation, type Language } from '../../../core/api';
import { HANDOVER_EXTENSION, HandoverRefused } from '../../../core/files/handover-format';
import { safeBaseName } from '../../../core/files/file-name';
import { schemaVersion } from '../../../db/connection';
import { recordAudit } from '../../../db/repos/audit.repo';
import { clientNameTaken, findClient } from '../../../db/repos/clients.repo';
import { findClientByUid, readBases, replaceBases } from '../../../db/repos/handover-merge.repo';
import {
  HandoverRowsRefused,
  insertClientRows,
  readClientHistory,
  readClientRows,
  type ClientRows,
} from '../../../db/repos/handover.repo';
import type { HandlerContext, Handlers } from '../context';
import { found, inTransaction } from '../support';
import {
  buildHandoverFile,
  historyForAudit,
  historyVerified,
  openHandoverFile,
} from './handover-file';
import { recordHashes, recordsOf } from './handover-records';

// The hand-over file of one client: exported with everything the client holds, imported
// into another workspace as a new client. A file that does not pass every check is refused
// with the reason in plain words before anything is written.

type HandoverHandlers = Pick<
  Handlers,
  'clients.exportFile' | 'clients.previewImport' | 'clients.importFile'
>;

export const refusal = (problem: HandoverRefused['problem'], lang: Language) =>
  new AppError('VALIDATION_FAILED', {}, [
    { path: 'file', key: problem, message: translateValidation(problem, lang) },
  ]);

export function openFile(base64: string, passphrase: string, ctx: HandlerContext) {
  try {
    return openHandoverFile(Buffer.from(base64, 'base64'), passphrase);
  } catch (error) {
    if (error instanceof HandoverRefused) throw refusal(error.problem, ctx.language());
    throw error;
  }
}

const count = (rows: ClientRows, table: keyof ClientRows) => rows[table]?.length ?? 0;

const nameTakenError = (lang: Language) =>
  new AppError('CONFLICT', {}, [
    { path: 'name', key: 'nameTaken', message: translateValidation('nameTaken', lang) },
  ]);

export const handoverHandlers: HandoverHandlers = {
  'clients.exportFile': async ({ id, passphrase }, ctx) => {
    const workspace = ctx.workspace();
    const client = found(await findClient(workspace.db, id), 'client');
    // One read transaction, so the rows and the history are of the same moment.
    const contents = await workspace.db.transaction().execute(async (trx) => ({
      rows: await readClientRows(trx, id),
      history: await readClientHistory(trx, id),
      bases: await readBases(trx, id),
    }));
    const createdAt = ctx.now().toISOString();
    const bytes = buildHandoverFile(
      contents,
      {
        schemaVersion: await schemaVersion(workspace),
        appVersion: ctx.version,
        createdAt,
        clientName: client.name,
      },
      passphrase,
    );
    return {
      filename:
        safeBaseName(`${client.name}${HANDOVER_EXTENSION}`) || `client${HANDOVER_EXTENSION}`,
      mimeType: 'application/octet-stream',
      base64: Buffer.from(bytes).toString('base64'),
      createdAt,
    };
  },

  'clients.previewImport': async ({ base64, passphrase }, ctx) => {
    const file = openFile(base64, passphrase, ctx);
    const { rows } = file;
    return {
      clientName: file.clientName,
      nameTaken: await clientNameTaken(ctx.workspace().db, file.clientName),
      createdAt: file.createdAt,
      appVersion: file.appVersion,
      encrypted: file.encrypted,
      sha256: file.sha256,
      counts: {
        activities: count(rows, 'activities'),
        catalogueEntries: count(rows, 'catalogue_entries'),
        processors: count(rows, 'processors'),
        requests: count(rows, 'requests'),
        retentionRules: count(rows, 'retention_rules'),
        breaches: count(rows, 'breaches'),
        consentPersons: count(rows, 'consent_persons'),
        attachments: count(rows, 'attachments'),
        historyEntries: file.history.length,
      },
      historyVerified: historyVerified(file.history),
      sameClient: (await findClientByUid(ctx.workspace().db, fileClientUid(rows))) ?? null,
    };
  },

  'clients.importFile': ({ base64, passphrase, name }, ctx) => {
    const file = openFile(base64, passphrase, ctx);
    const clientName = name ?? file.clientName;
    return inTransaction(ctx, async (trx, { at, actor }) => {
      if (await clientNameTaken(trx, clientName)) throw nameTakenError(ctx.language());
      let clientId: number;
      // A copy of a client this workspace holds is another client: its records get new uids.
      const copy = (await findClientByUid(trx, fileClientUid(file.rows))) !== undefined;
      const rows = withoutWorkspaceTemplates(file.rows);
      try {
        clientId = await insertClientRows(trx, copy ? withoutUids(rows) : rows, {
          name: clientName,
        });
      } catch (error) {
        // Rows that do not fit or point nowhere: the file is not what its hashes promised.
        if (error instanceof HandoverRowsRefused || isConstraintError(error)) {
          throw refusal('handoverDamaged', ctx.language());
        }
        throw error;
      }
      // The version received is the base of a later merge of this client with its origin.
      if (!copy) await replaceBases(trx, clientId, recordHashes(recordsOf(rows)));
      const client = found(await findClient(trx, clientId), 'client');
      // The history from the other workspace cannot join this chain under its old hashes:
      // it is kept, checked, inside this entry, which itself joins the chain.
      await recordAudit(trx, {
        at,
        actor,
        clientId,
        entity: 'client',
        entityId: clientId,
        action: 'create',
        before: null,
        after: {
          ...client,
          importedFile: file.sha256,
          exportedAt: file.createdAt,
          exportedBy: file.appVersion,
          historyVerified: historyVerified(file.history),
          importedHistory: historyForAudit(file.history),
        },
        label: client.name,
      });
      return client;
    });
  },
};

/** The uid of the client a file was made from (undefined in files from before 0015). */
export const fileClientUid = (rows: ClientRows) => rows.clients?.[0]?.uid;

function withoutUids(rows: ClientRows): ClientRows {
  return Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [table, list.map(({ uid: _uid, ...row }) => row)]),
  ) as ClientRows;
}

export const isConstraintError = (error: unknown) =>
  error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_');

/**
 * The Word templates of AVV drafts belong to the workspace, not to a client, and stay behind:
 * a processor's last draft options name the built-in draft instead of a template id that
 * here is missing or another template.
 */
export function withoutWorkspaceTemplates(rows: ClientRows): ClientRows {
  const processors = rows.processors?.map((row) => {
    if (typeof row.draft_options !== 'string') return row;
    try {
      const options = JSON.parse(row.draft_options) as unknown;
      if (typeof options !== 'object' || options === null || !('templateId' in options)) return row;
      return { ...row, draft_options: JSON.stringify({ ...options, templateId: null }) };
    } catch {
      return row;
    }
  });
  return processors ? { ...rows, processors } : rows;
}
