// The names given up for one name per concept (written by the rename codemod, which is in
// git history at 1478191). docs/api.md lists them; old names are not served.

/** Old method name -> new method name. */
export const renamedMethods: Record<string, string> = {
  'dsar.counts': 'requests.counts',
  'dsar.create': 'requests.create',
  'dsar.delete': 'requests.delete',
  'dsar.extend': 'requests.extend',
  'dsar.forActivity': 'requests.forActivity',
  'dsar.get': 'requests.get',
  'dsar.importEml': 'requests.importEml',
  'dsar.letter': 'requests.letter',
  'dsar.list': 'requests.list',
  'dsar.proposal': 'requests.proposal',
  'dsar.recordIdentity': 'requests.recordIdentity',
  'dsar.recordInterim': 'requests.recordInterim',
  'dsar.review': 'requests.review',
  'dsar.saveReply': 'requests.saveReply',
  'dsar.setRecipients': 'requests.setRecipients',
  'dsar.setSigner': 'requests.setSigner',
  'dsar.tickRecipient': 'requests.tickRecipient',
  'dsar.transition': 'requests.transition',
  'dsar.update': 'requests.update',
  'exports.register': 'activities.exportRegister',
  'organisations.create': 'clients.create',
  'organisations.delete': 'clients.delete',
  'organisations.deletionImpact': 'clients.deletionImpact',
  'organisations.get': 'clients.get',
  'organisations.list': 'clients.list',
  'organisations.update': 'clients.update',
  'processors.addTemplate': 'avvTemplates.add',
  'processors.deleteTemplate': 'avvTemplates.delete',
  'processors.listTemplates': 'avvTemplates.list',
  'templates.hints': 'activityTemplates.hints',
  'templates.list': 'activityTemplates.list',
};

/** Other names that changed with them (tables, fields, files, namespaces). */
export const renamedConcepts: [from: string, to: string][] = [
  ['`organisation` / `Organisation*` types and schemas', '`client` / `Client*`'],
  ['table `organisations`', 'table `clients`'],
  ['column `org_id` (every table)', 'column `client_id`'],
  ['field `orgId`', 'field `clientId`'],
  ['field `orgName`', 'field `clientName`'],
  ["audit entity `'organisation'`", "audit entity `'client'` (older entries are read as it)"],
  ['`dsar-*` files, `features/dsar`', '`requests-*` files, `features/requests`'],
  ['i18n namespace `dsar`', 'i18n namespace `requests`'],
  [
    "query keys `['dsar', …]`, `['organisations', …]`",
    "query keys `['requests', …]`, `['clients', …]`",
  ],
  ['`core/templates.ts`', '`core/catalogues/activity-templates.ts`'],
  ['`core/retention-catalogue.ts`', '`core/catalogues/retention-catalogue.ts`'],
  ['`core/authorities.ts`', '`core/catalogues/authorities.ts`'],
  ['`electron/handlers/<feature>-*.ts`', '`electron/handlers/<feature>/*.ts`'],
];
