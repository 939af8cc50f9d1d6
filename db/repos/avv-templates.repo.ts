import type { AvvTemplate } from '../../core/api';
import { FOLD_CASE_SQL, foldCase } from '../fold-case';
import type { Db, WritableDb } from './audit.repo';

// Custom AVV Word templates, kept inside the workspace file like attachments.

const metaColumns = [
  'id',
  'name',
  'filename',
  'size',
  'sha256',
  'placeholders',
  'created_at',
] as const;

const toTemplate = (r: {
  id: number;
  name: string;
  filename: string;
  size: number;
  sha256: string;
  placeholders: string;
  created_at: string;
}): AvvTemplate => ({
  id: r.id,
  name: r.name,
  filename: r.filename,
  size: r.size,
  sha256: r.sha256,
  placeholders: JSON.parse(r.placeholders) as string[],
  createdAt: r.created_at,
});

export async function listTemplates(db: Db): Promise<AvvTemplate[]> {
  const rows = await db.selectFrom('avv_templates').select(metaColumns).orderBy('name').execute();
  return rows.map(toTemplate);
}

export async function findTemplate(db: Db, id: number) {
  const row = await db
    .selectFrom('avv_templates')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...toTemplate(row), data: row.data };
}

export async function templateNameTaken(db: Db, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('avv_templates')
    .select('id')
    .where((eb) => eb(eb.fn(FOLD_CASE_SQL, ['name']), '=', foldCase(name)))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertTemplate(
  db: WritableDb,
  t: Omit<AvvTemplate, 'id'> & { data: Uint8Array },
): Promise<AvvTemplate> {
  const row = await db
    .insertInto('avv_templates')
    .values({
      name: t.name,
      filename: t.filename,
      size: t.size,
      sha256: t.sha256,
      placeholders: JSON.stringify(t.placeholders),
      data: t.data,
      created_at: t.createdAt,
    })
    .returning(metaColumns)
    .executeTakeFirstOrThrow();
  return toTemplate(row);
}

export async function deleteTemplate(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('avv_templates').where('id', '=', id).execute();
}
