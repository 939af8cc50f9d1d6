import { createHash } from 'node:crypto';
import { AppError, MAX_ATTACHMENT_BYTES, type AvvDraftOptions } from '../../../core/api';
import { avvFilename, buildAvvView, type AvvView } from '../../../core/documents/avv-data';
import { decodedLength } from '../../../core/files/base64';
import { packAvvDocx } from '../../../core/documents/avv-docx';
import {
  inspectTemplate,
  renderTemplate,
  TemplateProblem,
} from '../../../core/documents/avv-template';
import { registerMimeTypes } from '../../../core/documents/register-export';
import { checkAvvDraft, type AvvDraftInput } from '../../../core/rules/avv-completeness';
import { listStoredActivities } from '../../../db/repos/activities.repo';
import { countAttachments } from '../../../db/repos/attachments.repo';
import { recordAudit, type Db, type WritableDb } from '../../../db/repos/audit.repo';
import {
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  templateNameTaken,
} from '../../../db/repos/avv-templates.repo';
import { findClient } from '../../../db/repos/clients.repo';
import {
  findStoredProcessor,
  saveDraftOptions,
  setAgreementRow,
  type StoredProcessor,
} from '../../../db/repos/processors.repo';
import type { Handlers, HandlerContext } from '../context';
import { auditProcessor, draftOptionsOf, loadProcessor } from './store';
import { storeFile } from '../file-store';
import { found, inTransaction, type Stamp } from '../support';
import { todayInBerlin } from '../../../core/rules/calendar';

// AVV drafts: the completeness check, the built-in Word draft or a custom template, and
// the registry of custom templates (kept in the workspace file, for every client).

type DraftHandlers = Pick<
  Handlers,
  | 'processors.checkDraft'
  | 'processors.draft'
  | 'avvTemplates.list'
  | 'avvTemplates.add'
  | 'avvTemplates.delete'
>;

async function draftInput(
  db: Db,
  ctx: HandlerContext,
  id: number,
  options: AvvDraftOptions,
): Promise<AvvDraftInput> {
  const processor = await loadProcessor(db, ctx, id);
  const client = found(await findClient(db, processor.clientId), 'client');
  const linked = new Set(processor.activityIds);
  // Archived activities are no longer carried out, so they are not part of the contract.
  const activities = (await listStoredActivities(db, processor.clientId))
    .filter((a) => linked.has(a.id) && a.status !== 'archived')
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { client, processor, activities, options, generatedAt: ctx.now() };
}

/** The role of a generated draft among the processor's files. */
export const AVV_DRAFT_ROLE = 'avv_draft';

/** The built-in draft, or the registered template filled with the same view. */
async function draftBytes(db: Db, view: AvvView, options: AvvDraftOptions): Promise<Uint8Array> {
  if (options.templateId === null) return packAvvDocx(view);
  const template = found(await findTemplate(db, options.templateId), 'template');
  try {
    return renderTemplate(template.data, view);
  } catch (error) {
    if (error instanceof TemplateProblem) throw templateIssues(error, 'options.templateId');
    throw error;
  }
}

/** The options are offered again next time; a change of them is audited like any edit. */
async function saveOptions(
  db: WritableDb,
  stamp: Stamp,
  p: StoredProcessor,
  options: AvvDraftOptions,
) {
  const previous = draftOptionsOf(p);
  await saveDraftOptions(db, p.id, options);
  if (JSON.stringify(previous) === JSON.stringify(options)) return;
  await recordAudit(db, {
    ...stamp,
    clientId: p.clientId,
    entity: 'processor',
    entityId: p.id,
    action: 'update',
    before: { draftOptions: previous },
    after: { draftOptions: options },
    label: p.name,
  });
}

/** The generated draft among the processor's files, with its date and number in the name. */
async function storeDraft(
  db: WritableDb,
  stamp: Stamp,
  p: StoredProcessor,
  file: { name: string; bytes: Uint8Array },
) {
  return storeFile(db, stamp, {
    clientId: p.clientId,
    ownerType: 'processor',
    ownerId: p.id,
    role: AVV_DRAFT_ROLE,
    name: file.name,
    mimeType: registerMimeTypes.docx,
    bytes: file.bytes,
  });
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
    // One transaction: the stored draft, its number, the options used and "draft sent"
    // land together with their audit entries, or (e.g. a broken template) none of them.
    const { input, view, bytes, attachment } = await inTransaction(ctx, async (trx, stamp) => {
      const input = await draftInput(trx, ctx, id, options);
      const draftVersion = (await countAttachments(trx, 'processor', id, AVV_DRAFT_ROLE)) + 1;
      const view = buildAvvView({ ...input, draftVersion });
      const bytes = await draftBytes(trx, view, options);
      const before = found(await findStoredProcessor(trx, id), 'processor');
      await saveOptions(trx, stamp, before, options);
      const attachment = await storeDraft(trx, stamp, before, {
        name: avvFilename(view, input.generatedAt, draftVersion),
        bytes,
      });
      // Only when the user says so, and only from a state before anything was sent.
      if (markSent && ['missing', 'requested'].includes(before.agreement.status)) {
        const sent = { ...before.agreement, status: 'draft_sent' as const };
        await setAgreementRow(
          trx,
          id,
          { ...sent, draftSentOn: todayInBerlin(ctx.now()) },
          stamp.at,
        );
        const after = found(await findStoredProcessor(trx, id), 'processor');
        await auditProcessor(trx, stamp, before, after);
      }
      return { input, view, bytes, attachment };
    });
    return {
      filename: attachment.name,
      mimeType: registerMimeTypes.docx,
      base64: Buffer.from(bytes).toString('base64'),
      createdAt: input.generatedAt.toISOString(),
      check: { complete: view.gaps.length === 0, gaps: view.gaps },
      processor: await loadProcessor(db, ctx, id),
      attachment,
    };
  },

  'avvTemplates.list': (_input, ctx) => listTemplates(ctx.workspace().db),

  'avvTemplates.add': async ({ name, filename, base64 }, ctx) => {
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
        clientId: null,
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

  'avvTemplates.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const { data: _data, ...template } = found(await findTemplate(trx, id), 'template');
      await deleteTemplate(trx, id);
      await recordAudit(trx, {
        ...stamp,
        clientId: null,
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
