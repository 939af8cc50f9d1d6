import { startEvents, type ExportedFile, type Language } from '../../core/api';
import {
  deletionConceptDocx,
  deletionConceptFilename,
} from '../../core/documents/deletion-concept-docx';
import { deletionClassMatrix } from '../../core/rules/retention';
import { listRuns } from '../../db/repos/retention-log.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import type { HandlerContext } from './context';
import { listRulesWithStatus } from './retention-status';
import { found } from './support';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The deletion concept of one client as a Word document. */
export async function exportDeletionConcept(
  ctx: HandlerContext,
  orgId: number,
  language: Language,
): Promise<ExportedFile> {
  const db = ctx.workspace().db;
  const organisation = found(await findOrganisation(db, orgId), 'organisation');
  const generatedAt = ctx.now();
  const rules = await listRulesWithStatus(db, orgId, generatedAt);
  const input = {
    organisation,
    rules,
    classes: deletionClassMatrix(rules, startEvents),
    runs: await listRuns(db, orgId),
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
