import { z } from 'zod';
import { contract } from '../core/api';
import { renamedConcepts, renamedMethods } from '../core/api/renamed';

const schemaText = (schema: z.ZodType) =>
  JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2);

/** What was renamed for one name per concept: old names are not served any more. */
function renamedSection(): string[] {
  const methods = Object.entries(renamedMethods);
  if (methods.length === 0 && renamedConcepts.length === 0) return [];
  return [
    '## Renamed',
    '',
    'One name per concept (docs/architecture.md, "One name per concept"). The old names are',
    'not served; a caller of an old method gets `UNKNOWN_METHOD`.',
    '',
    '| Old method | New method |',
    '| --- | --- |',
    ...methods.map(([from, to]) => `| \`${from}\` | \`${to}\` |`),
    '',
    '| Old name | New name |',
    '| --- | --- |',
    ...renamedConcepts.map(([from, to]) => `| ${from} | ${to} |`),
    '',
  ];
}

/** docs/api.md from the contract: method, doc line, input and output JSON Schema. */
export function renderApiDocs(): string {
  const lines = [
    '# Privacy Desk API',
    '',
    'Generated from `core/api/contract.ts` by `npm run docs:api`; do not edit by hand.',
    '',
    'Every method is served over Electron IPC (`window.privacyDesk.invoke(method, input)`) and, in',
    'browser mode, as `POST /api/<method>` with a JSON body and `Authorization: Bearer <token>`.',
    'The answer is an envelope: `{ "ok": true, "value": … }` or',
    '`{ "ok": false, "error": { "code", "message", "issues"? } }`.',
    '',
    '| Method | Description |',
    '| --- | --- |',
    ...Object.entries(contract).map(([name, def]) => `| \`${name}\` | ${def.doc} |`),
    '',
    ...renamedSection(),
  ];
  for (const [name, def] of Object.entries(contract)) {
    lines.push(`## ${name}`, '', def.doc, '', '<details><summary>Input</summary>', '', '```json');
    lines.push(
      schemaText(def.input),
      '```',
      '',
      '</details>',
      '',
      '<details><summary>Output</summary>',
    );
    lines.push('', '```json', schemaText(def.output), '```', '', '</details>', '');
  }
  return lines.join('\n');
}
