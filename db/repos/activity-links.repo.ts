import type { WritableDb } from './audit.repo';

/**
 * A duplicated activity is done by the same processors and follows the same deletion rules
 * as its source, so the copy takes over those links (the category links are copied with
 * its values). Returns how many links were copied, for the audit entry.
 */
export async function copyActivityLinks(db: WritableDb, fromId: number, toId: number) {
  const processors = await db
    .insertInto('processor_activities')
    .columns(['processor_id', 'activity_id'])
    .expression((eb) =>
      eb
        .selectFrom('processor_activities')
        .select(['processor_id', eb.val(toId).as('activity_id')])
        .where('activity_id', '=', fromId),
    )
    .executeTakeFirst();
  const rules = await db
    .insertInto('retention_rule_activities')
    .columns(['rule_id', 'activity_id'])
    .expression((eb) =>
      eb
        .selectFrom('retention_rule_activities')
        .select(['rule_id', eb.val(toId).as('activity_id')])
        .where('activity_id', '=', fromId),
    )
    .executeTakeFirst();
  return {
    processors: Number(processors.numInsertedOrUpdatedRows ?? 0),
    rules: Number(rules.numInsertedOrUpdatedRows ?? 0),
  };
}
