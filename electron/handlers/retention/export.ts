import { startEvents, type ExportedFile, type Language } from '../../../core/api';
import {
  deletionConceptDocx,
  deletionConceptFilename,
} from '../../../core/documents/deletion-concept-docx';
import { deletionClassMatrix } from '../../../core/rules/retention';
import { listRuns } from '../../../db/repos/retention-log.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { HandlerContext } from '../context';
import { listRulesWithStatus } from './status';
import { found } from '../support';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The deletion concept of one client as a Word document. */
export async function exportDeletionConcept(
  ctx: HandlerContext,
  clientId: number,
  language: Language,
): Promise<ExportedFile> {
  const db = ctx.workspace().db;
  const client = found(await findClient(db, clientId), 'client');
  const generatedAt = ctx.now();
  const rules = await listRulesWithStatus(db, clientId, generatedAt);
  const input = {
    client,
    rules,
    classes: deletionClassMatrix(rules, startEvents),
    runs: await listRuns(db, clientId),
    language,
    generatedAt,
  };
  return {
    filename: deletionConceptFilename(input),
    mimeType: DOCX_MIME,
    base64: Buffer.from(await deletionConceptDocx(input)).toString('base64'),
    createdAt: generatedAt.toISOString(),
  };
}
