import { AppError, translateValidation, type Language } from '../../../core/api';
import { recordAudit } from '../../../db/repos/audit.repo';
import { countCatalogue } from '../../../db/repos/catalogues.repo';
import { findClient } from '../../../db/repos/clients.repo';
import { saveRegisterMapping } from '../../../db/repos/register-import.repo';
import type { Handlers } from '../context';
import { found, inTransaction } from '../support';
import { readRegister, type RegisterRead } from './import-read';
import { saveActivity, type ResolvedCatalogue } from './store';

// The import of an existing register: a preview that writes nothing, and the import of every
// row the user did not skip, in one transaction with each activity's and each new catalogue
// entry's audit entry, or of nothing while a row that is not skipped has a problem.

type RegisterImportHandlers = Pick<
  Handlers,
  'activities.previewImport' | 'activities.importRegister' | 'activities.saveImportMapping'
>;

/** The problems that keep the import from running, as issues naming the row and field. */
function blockingIssues(read: RegisterRead, skip: ReadonlySet<number>, lang: Language) {
  const issue = (path: string, key: string) => ({
    path,
    key,
    message: translateValidation(key, lang),
  });
  const issues = read.mappingProblems.map((p) => issue(`mapping.${p.field}`, p.key));
  for (const row of read.rows) {
    if (skip.has(row.row)) continue;
    for (const p of row.problems) issues.push(issue(`rows.${row.row}.${p.field}`, p.key));
  }
  return issues;
}

export const registerImportHandlers: RegisterImportHandlers = {
  'activities.previewImport': async (input, ctx) => {
    const read = await readRegister(ctx, ctx.workspace().db, input);
    return {
      format: read.sheet.format,
      encoding: read.sheet.encoding,
      delimiter: read.sheet.delimiter,
      headerRows: read.header.headerRows.map((r) => r + 1),
      headers: read.header.labels,
      mapping: read.mapping,
      savedMapping: read.savedMapping,
      mappingProblems: read.mappingProblems,
      rows: read.rows,
      newEntries: read.newEntries,
    };
  },

  'activities.importRegister': (input, ctx) => {
    const lang = ctx.language();
    return inTransaction(ctx, async (trx, stamp) => {
      const read = await readRegister(ctx, trx, input);
      const skip = new Set(input.skipRows);
      const issues = blockingIssues(read, skip, lang);
      if (issues.length > 0) {
        throw new AppError('VALIDATION_FAILED', {}, [
          {
            path: '',
            key: 'importRowsInvalid',
            message: translateValidation('importRowsInvalid', lang),
          },
          ...issues.slice(0, 200),
        ]);
      }
      const activityIds: number[] = [];
      const resolved: ResolvedCatalogue = new Map();
      const entriesBefore = await countCatalogue(trx, input.clientId);
      let skipped = 0;
      for (const row of read.rows) {
        const values = read.values.get(row.row);
        if (skip.has(row.row) || !values) {
          skipped++;
          continue;
        }
        const saved = await saveActivity(
          trx,
          input.clientId,
          values,
          stamp,
          undefined,
          undefined,
          resolved,
        );
        activityIds.push(saved.id);
      }
      return {
        created: activityIds.length,
        skipped,
        newEntries: (await countCatalogue(trx, input.clientId)) - entriesBefore,
        activityIds,
      };
    });
  },

  'activities.saveImportMapping': ({ clientId, mapping }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const client = found(await findClient(trx, clientId), 'client');
      const before = await saveRegisterMapping(trx, clientId, mapping, stamp.at);
      await recordAudit(trx, {
        ...stamp,
        clientId,
        entity: 'client',
        entityId: clientId,
        action: 'update',
        before: { registerImportMapping: before },
        after: { registerImportMapping: mapping },
        label: client.name,
      });
      return { ok: true as const };
    }),
};
