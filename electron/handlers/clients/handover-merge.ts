import { AppError, translateValidation, type Language, type MergeChoice } from '../../../core/api';
import type { Db } from '../../../db/repos/audit.repo';
import { recordAudit } from '../../../db/repos/audit.repo';
import { findClient } from '../../../db/repos/clients.repo';
import {
  applyMerge,
  findClientByUid,
  readBases,
  replaceBases,
} from '../../../db/repos/handover-merge.repo';
import { HandoverRowsRefused, readClientRows } from '../../../db/repos/handover.repo';
import type { Handlers } from '../context';
import { found, inTransaction } from '../support';
import {
  fileClientUid,
  isConstraintError,
  openFile,
  refusal,
  withoutWorkspaceTemplates,
} from './handover';
import { compareRecords, describeChange, takesTheirs, type MergeDecision } from './handover-diff';
import { historyForAudit, historyVerified, type OpenedFile } from './handover-file';
import { recordHashes, recordLabel, recordsOf, type MergeRecord } from './handover-records';

// A hand-over file merged back into the client it was made from: a three-way comparison of
// each record here, in the file and as last exchanged (the base: the file's own, else this
// workspace's), shown first, then applied in one transaction with one audit entry.

type MergeHandlers = Pick<Handlers, 'clients.previewMerge' | 'clients.mergeFile'>;

const issue = (key: 'handoverOtherClient' | 'mergeChoiceMissing', path: string, lang: Language) =>
  new AppError('VALIDATION_FAILED', {}, [{ path, key, message: translateValidation(key, lang) }]);

interface Comparison {
  decisions: MergeDecision[];
  theirs: Map<string, MergeRecord>;
  ours: Map<string, MergeRecord>;
  local: Awaited<ReturnType<typeof readClientRows>>;
  fileRows: OpenedFile['rows'];
}

async function compare(db: Db, clientId: number, file: OpenedFile, lang: Language) {
  found(await findClient(db, clientId), 'client');
  const same = await findClientByUid(db, fileClientUid(file.rows));
  if (same?.id !== clientId) throw issue('handoverOtherClient', 'file', lang);
  const local = await readClientRows(db, clientId);
  const fileRows = withoutWorkspaceTemplates(file.rows);
  const ours = recordsOf(withoutWorkspaceTemplates(local));
  const theirs = recordsOf(fileRows);
  const kept = await readBases(db, clientId);
  const decisions = compareRecords(ours, theirs, (key) => file.bases[key] ?? kept[key]);
  return { decisions, ours, theirs, local, fileRows } satisfies Comparison;
}

function labels(ours: Map<string, MergeRecord>, theirs: Map<string, MergeRecord>) {
  const byUid = new Map<string, string>();
  for (const record of [...ours.values(), ...theirs.values()]) {
    byUid.set(record.uid, recordLabel(record));
  }
  return (uid: string) => byUid.get(uid) ?? uid.slice(0, 8);
}

export const mergeHandlers: MergeHandlers = {
  'clients.previewMerge': async ({ base64, passphrase, clientId }, ctx) => {
    const file = openFile(base64, passphrase, ctx);
    const db = ctx.workspace().db;
    const { decisions, ours, theirs } = await db
      .transaction()
      .execute((trx) => compare(trx, clientId, file, ctx.language()));
    const labelOf = labels(ours, theirs);
    return {
      clientName: file.clientName,
      createdAt: file.createdAt,
      encrypted: file.encrypted,
      sha256: file.sha256,
      historyVerified: historyVerified(file.history),
      changes: decisions.map((decision) => describeChange(decision, labelOf)),
    };
  },

  'clients.mergeFile': ({ base64, passphrase, clientId, choices }, ctx) => {
    const file = openFile(base64, passphrase, ctx);
    const lang = ctx.language();
    return inTransaction(ctx, async (trx, { at, actor }) => {
      const { decisions, ours, theirs, local, fileRows } = await compare(trx, clientId, file, lang);
      const chosen = new Map(choices.map((choice: MergeChoice) => [choice.key, choice.take]));
      const conflicts = decisions.filter((d) => d.status === 'conflict');
      if (conflicts.some((d) => !chosen.has(d.key))) {
        throw issue('mergeChoiceMissing', 'choices', lang);
      }
      const taken = decisions.filter((d) => takesTheirs(d, chosen.get(d.key)));
      const plan = {
        take: new Set(taken.filter((d) => d.theirs).map((d) => d.key)),
        remove: new Set(taken.filter((d) => !d.theirs).map((d) => d.key)),
      };
      try {
        await applyMerge(trx, local, fileRows, plan);
      } catch (error) {
        if (error instanceof HandoverRowsRefused && error.reason === 'danglingReference') {
          throw new AppError('VALIDATION_FAILED', {}, [
            {
              path: 'choices',
              key: 'handoverMergeDangling',
              message: translateValidation('handoverMergeDangling', lang),
            },
          ]);
        }
        if (error instanceof HandoverRowsRefused || isConstraintError(error)) {
          throw refusal('handoverDamaged', lang);
        }
        throw error;
      }
      // What both sides now share is the file's version: the base of the next merge.
      await replaceBases(trx, clientId, recordHashes(theirs));
      const client = found(await findClient(trx, clientId), 'client');
      const labelOf = labels(ours, theirs);
      await recordAudit(trx, {
        at,
        actor,
        clientId,
        entity: 'client',
        entityId: clientId,
        action: 'update',
        before: null,
        after: {
          mergedFile: file.sha256,
          exportedAt: file.createdAt,
          historyVerified: historyVerified(file.history),
          merged: decisions.map((decision) => {
            const { table, label, status } = describeChange(decision, labelOf);
            return {
              table,
              label,
              status,
              applied: takesTheirs(decision, chosen.get(decision.key)) ? 'theirs' : 'ours',
            };
          }),
          importedHistory: historyForAudit(file.history),
        },
        label: client.name,
      });
      const count = (status: MergeDecision['status']) =>
        decisions.filter((d) => d.status === status).length;
      return {
        client,
        added: count('new'),
        changed: count('changed'),
        deleted: count('deleted'),
        conflicts: conflicts.length,
      };
    });
  },
};
