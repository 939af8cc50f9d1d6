import fs from 'node:fs';
import { renderApiDocs } from './api-docs';

fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/api.md', renderApiDocs());
console.log('docs/api.md written');
