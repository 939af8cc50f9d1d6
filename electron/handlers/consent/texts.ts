import { recordAudit, type WritableDb } from '../../../db/repos/audit.repo';
import {
  deleteTextRow,
  findText,
  insertText,
  lastVersion,
  listTexts,
  promoteToFirst,
  updateTextRow,
  type StoredText,
} from '../../../db/repos/consent-texts.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { Handlers } from '../context';
import { found, inTransaction, type Stamp } from '../support';
import { refuse, sha256Hex, withFindings } from './store';

// The consent wordings: recorded per client, one version per row with the SHA-256 of its
// exact text. A version that a consent was recorded with is never changed nor deleted: a
// changed wording is a new version, and the events keep pointing at the one they were given with.

type TextHandlers = Pick<
  Handlers,
  | 'consent.listTexts'
  | 'consent.getText'
  | 'consent.createText'
  | 'consent.updateText'
  | 'consent.deleteText'
>;

/** What the audit log keeps of a wording (the text in full: it is the proof's content). */
const textSnapshot = (t: StoredText) => {
  const {
    id: _i,
    clientId: _o,
    usedCount: _u,
    replacedBy: _r,
    createdAt: _c,
    seriesId: _s,
    ...rest
  } = t;
  return rest;
};

async function auditText(
  trx: WritableDb,
  stamp: Stamp,
  before: StoredText | null,
  after: StoredText | null,
) {
  const t = (after ?? before)!;
  await recordAudit(trx, {
    ...stamp,
    clientId: t.clientId,
    entity: 'consent_text',
    entityId: t.id,
    action: !before ? 'create' : !after ? 'delete' : 'update',
    before: before && textSnapshot(before),
    after: after && textSnapshot(after),
    label: `${t.name} (${t.version})`,
  });
}

export const consentTextHandlers: TextHandlers = {
  'consent.listTexts': async ({ clientId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, clientId), 'client');
    return (await listTexts(db, clientId)).map(withFindings);
  },

  'consent.getText': async ({ id }, ctx) =>
    withFindings(found(await findText(ctx.workspace().db, id), 'consent text')),

  'consent.createText': async ({ clientId, text, replacesId }, ctx) => {
    const id = await inTransaction(ctx, async (trx, stamp) => {
      found(await findClient(trx, clientId), 'client');
      let series = { seriesId: null as number | null, version: 1 };
      if (replacesId !== null) {
        const previous = await findText(trx, replacesId);
        if (!previous || previous.clientId !== clientId) {
          throw refuse('VALIDATION_FAILED', 'replacesId', 'unknownText', ctx.language());
        }
        series = {
          seriesId: previous.seriesId,
          version: (await lastVersion(trx, previous.seriesId)) + 1,
        };
      }
      const newId = await insertText(trx, clientId, text, sha256Hex(text.text), series, stamp.at);
      await auditText(trx, stamp, null, found(await findText(trx, newId), 'consent text'));
      return newId;
    });
    return withFindings(found(await findText(ctx.workspace().db, id), 'consent text'));
  },

  'consent.updateText': async ({ id, text }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findText(trx, id), 'consent text');
      if (before.usedCount > 0)
        throw refuse('NOT_ALLOWED', 'text.text', 'textInUse', ctx.language());
      await updateTextRow(trx, id, text, sha256Hex(text.text), stamp.at);
      await auditText(trx, stamp, before, found(await findText(trx, id), 'consent text'));
    });
    return withFindings(found(await findText(ctx.workspace().db, id), 'consent text'));
  },

  'consent.deleteText': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findText(trx, id), 'consent text');
      if (before.usedCount > 0) throw refuse('NOT_ALLOWED', '', 'textInUse', ctx.language());
      // A later version names this one as its series' first: it becomes the first itself.
      if (before.replacedBy !== null && before.seriesId === before.id) {
        await promoteToFirst(trx, before.id, before.replacedBy);
      }
      await deleteTextRow(trx, id);
      await auditText(trx, stamp, before, null);
      return { ok: true as const };
    }),
};
