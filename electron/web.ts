import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppContext } from './app-context';
import { startBrowserServer } from './browser-mode';
import { createHandlers } from './handlers';
import { userDataDir } from './paths';

// `npm run web -- --db <file> --port <n> --no-open`: the app in the browser, on 127.0.0.1.
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
  },
});

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Privacy Desk: --port must be a number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}

const staticDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));
// The end-to-end tests play two people on one machine: PRIVACY_DESK_ACCOUNT names the
// operating-system account browser mode reports (the desktop app always reports the real one).
const account = process.env.PRIVACY_DESK_ACCOUNT;
const ctx = await createAppContext({
  mode: 'browser',
  dataDir: userDataDir(),
  workspacePath: values.db && path.resolve(values.db),
  account: account ? () => account : undefined,
});
const server = await startBrowserServer({ ctx, handlers: createHandlers(), port, staticDir });
console.log(`Privacy Desk listening on ${server.url}`);

if (!values['no-open']) {
  const opener =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', server.url]]
      : [process.platform === 'darwin' ? 'open' : 'xdg-open', [server.url]];
  spawn(opener[0] as string, opener[1] as string[], { stdio: 'ignore', detached: true })
    .on('error', () => console.log('Open the address above in your browser.'))
    .unref();
}

const shutdown = async () => {
  await server.close();
  await ctx.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
