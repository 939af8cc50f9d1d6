import { createHash } from 'node:crypto';
import { AppError, MAX_ATTACHMENT_BYTES, type AvvDraftOptions } from '../../core/api';
import { avvFilename, buildAvvView } from '../../core/documents/avv-data';
import { decodedLength } from '../../core/files/base64';
import { packAvvDocx } from '../../core/documents/avv-docx';
import {
  inspectTemplate,
  renderTemplate,
  TemplateProblem,
} from '../../core/documents/avv-template';
import { registerMimeTypes } from '../../core/documents/register-export';
import { checkAvvDraft, type AvvDraftInput } from '../../core/rules/avv-completeness';
import { listStoredActivities } from '../../db/repos/activities.repo';
import { diff, recordAudit, type Db } from '../../db/repos/audit.repo';
import {
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  templateNameTaken,
} from '../../db/repos/avv-templates.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import {
  findStoredProcessor,
  saveDraftOptions,
  setAgreementRow,
} from '../../db/repos/processors.repo';
import type { Handlers, HandlerContext } from './context';
import { auditProcessor, loadProcessor } from './processor-store';
import { found, inTransaction, localDate } from './support';

// AVV drafts: the completeness check, the built-in Word draft or a custom template, and
// the registry of custom templates (kept in the workspace file, for every client).

type DraftHandlers = Pick<
  Handlers,
  | 'processors.checkDraft'
  | 'processors.draft'
  | 'processors.listTemplates'
  | 'processors.addTemplate'
  | 'processors.deleteTemplate'
>;

async function draftInput(
  db: Db,
  ctx: HandlerContext,
  id: number,
  options: AvvDraftOptions,
): Promise<AvvDraftInput> {
  const processor = await loadProcessor(db, ctx, id);
  const organisation = found(await findOrganisation(db, processor.orgId), 'organisation');
  const linked = new Set(processor.activityIds);
  // Archived activities are no longer carried out, so they are not part of the contract.
  const activities = (await listStoredActivities(db, processor.orgId))
    .filter((a) => linked.has(a.id) && a.status !== 'archived')
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { organisation, processor, activities, options, generatedAt: ctx.now() };
}

const templateIssues = (problem: TemplateProblem, path: string) =>
  new AppError(
    'VALIDATION_FAILED',
    {},
    problem.issues.map((i) => ({ path, key: i.key ?? 'placeholder', message: i.message })),
  );

export const processorDraftHandlers: DraftHandlers = {
  'processors.checkDraft': async ({ id, options }, ctx) => {
    const input = await draftInput(ctx.workspace().db, ctx, id, options);
    return checkAvvDraft(input);
  },

  'processors.draft': async ({ id, options, markSent }, ctx) => {
    const db = ctx.workspace().db;
    const input = await draftInput(db, ctx, id, options);
    const view = buildAvvView(input);
    let bytes: Uint8Array;
    if (options.templateId !== null) {
      const template = found(await findTemplate(db, options.templateId), 'template');
      try {
        bytes = renderTemplate(template.data, view);
      } catch (error) {
        if (error instanceof TemplateProblem) throw templateIssues(error, 'options.templateId');
        throw error;
      }
    } else {
      bytes = await packAvvDocx(view);
    }
    await inTransaction(ctx, async (trx, stamp) => {
      const stored = found(await findStoredProcessor(trx, id), 'processor');
      // The options are remembered for the next draft: a change of them is audited.
      const remembered = { draftOptions: stored.storedDraftOptions };
      if (Object.keys(diff(remembered, { draftOptions: options })).length > 0) {
        await saveDraftOptions(trx, id, options);
        await recordAudit(trx, {
          ...stamp,
          orgId: stored.orgId,
          entity: 'processor',
          entityId: id,
          action: 'update',
          before: remembered,
          after: { draftOptions: options },
          label: stored.name,
        });
      }
      const before = found(await findStoredProcessor(trx, id), 'processor');
      // Only when the user says so, and only from a state before anything was sent.
      if (markSent && ['missing', 'requested'].includes(before.agreement.status)) {
        await setAgreementRow(
          trx,
          id,
          { ...before.agreement, status: 'draft_sent', draftSentOn: localDate(ctx.now()) },
          stamp.at,
        );
        const after = found(await findStoredProcessor(trx, id), 'processor');
        await auditProcessor(trx, stamp, before, after);
      }
    });
    return {
      filename: avvFilename(view, input.generatedAt),
      mimeType: registerMimeTypes.docx,
      base64: Buffer.from(bytes).toString('base64'),
      createdAt: input.generatedAt.toISOString(),
      check: { complete: view.gaps.length === 0, gaps: view.gaps },
      processor: await loadProcessor(db, ctx, id),
    };
  },

  'processors.listTemplates': (_input, ctx) => listTemplates(ctx.workspace().db),

  'processors.addTemplate': async ({ name, filename, base64 }, ctx) => {
    if (decodedLength(base64) > MAX_ATTACHMENT_BYTES) throw new AppError('TOO_LARGE');
    const data = Buffer.from(base64, 'base64');
    let placeholders: string[];
    try {
      placeholders = inspectTemplate(new Uint8Array(data), ctx.language());
    } catch (error) {
      if (error instanceof TemplateProblem) throw templateIssues(error, 'base64');
      throw error;
    }
    return inTransaction(ctx, async (trx, stamp) => {
      if (await templateNameTaken(trx, name)) {
        throw new AppError('CONFLICT', {}, [{ path: 'name', key: 'duplicate', message: '' }]);
      }
      const template = await insertTemplate(trx, {
        name,
        filename,
        size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        placeholders,
        createdAt: stamp.at,
        data,
      });
      await recordAudit(trx, {
        ...stamp,
        orgId: null,
        entity: 'avv_template',
        entityId: template.id,
        action: 'create',
        before: null,
        after: template,
        label: template.name,
      });
      return template;
    });
  },

  'processors.deleteTemplate': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const { data: _data, ...template } = found(await findTemplate(trx, id), 'template');
      await deleteTemplate(trx, id);
      await recordAudit(trx, {
        ...stamp,
        orgId: null,
        entity: 'avv_template',
        entityId: id,
        action: 'delete',
        before: template,
        after: null,
        label: template.name,
      });
      return { ok: true as const };
    }),
};
