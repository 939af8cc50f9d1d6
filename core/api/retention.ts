// The retention methods; the shapes they take and answer live in retention-schemas.ts.
import { z } from 'zod';
import { id, isoDate, language } from './fields';
import { byId, method, ok } from './method';
import { exportedFile } from './system';
import {
  deletionClasses,
  deletionRun,
  deletionRunInput,
  dueDates,
  linkedRetentionRule,
  plan,
  planInput,
  retentionPeriod,
  retentionPeriodInput,
  retentionRule,
  retentionRuleInput,
} from './retention-schemas';

export * from './retention-schemas';

const clientInput = z.object({ clientId: id });

export const retentionMethods = {
  'retention.catalogue': method(
    z.object({ language }),
    z.array(retentionPeriod),
    'The statutory retention periods (de/en) and the periods users added.',
  ),
  'retention.addPeriod': method(
    retentionPeriodInput,
    retentionPeriod,
    'Adds an own period to the workspace-wide catalogue.',
  ),
  'retention.deletePeriod': method(byId, ok, 'Removes an own period from the catalogue.'),
  'retention.list': method(
    clientInput,
    z.array(retentionRule),
    "A client's deletion rules with links and run status, by name.",
  ),
  'retention.get': method(byId, retentionRule, 'One deletion rule with its links and runs.'),
  'retention.create': method(
    z.object({ clientId: id, rule: retentionRuleInput }),
    retentionRule,
    'Creates a deletion rule for one kind of data.',
  ),
  'retention.update': method(
    z.object({ id, rule: retentionRuleInput }),
    retentionRule,
    'Replaces every field and link of a deletion rule.',
  ),
  'retention.delete': method(byId, ok, 'Deletes a rule that is no longer linked.'),
  'retention.forActivity': method(
    z.object({ activityId: id }),
    z.array(linkedRetentionRule),
    'The deletion rules linked to a processing activity (Art. 30(1)(f)).',
  ),
  'retention.setActivityRules': method(
    z.object({ activityId: id, ruleIds: z.array(id).max(200) }),
    z.array(linkedRetentionRule),
    'Replaces the deletion rules linked to a processing activity.',
  ),
  'retention.dueDates': method(
    z.object({ ruleId: id, startDate: isoDate }),
    dueDates,
    'When data of a rule becomes deletable, given the date of its start event.',
  ),
  'retention.classes': method(
    clientInput,
    deletionClasses,
    'The matrix of deletion classes (start types x standard periods) of a client.',
  ),
  'retention.plan': method(
    planInput,
    plan,
    'What falls due for deletion in a month or quarter, per rule and system.',
  ),
  'retention.runs': method(
    z.object({ clientId: id, ruleId: id.optional() }),
    z.array(deletionRun),
    'The deletion log of a client (or one rule), newest first.',
  ),
  'retention.recordRun': method(
    deletionRunInput,
    deletionRun,
    'Records a deletion run in the deletion log.',
  ),
  'retention.deleteClosedRequests': method(
    z.object({ ruleId: id, requestIds: z.array(id).min(1).max(1000) }),
    deletionRun,
    'Deletes closed requests whose retention has passed, with their files and their personal data in the history; logged as a deletion run.',
  ),
  'retention.exportConcept': method(
    z.object({ clientId: id, language }),
    exportedFile,
    "Exports a client's deletion concept as a Word document.",
  ),
} as const;
