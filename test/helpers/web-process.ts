import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface WebProcess {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Starts `electron/web.ts` as its own process, exactly as `npm run web -- --db … --no-open`
 * does, and waits for its one "listening" line. `account` is the operating-system account it
 * reports (a second person on the same machine); `port` keeps the address of a restart.
 */
export function startWebProcess(
  db: string,
  home: string,
  options: { account?: string; port?: number } = {},
): Promise<WebProcess> {
  const args = ['--import', 'tsx', path.join(root, 'electron/web.ts'), '--db', db, '--no-open'];
  if (options.port !== undefined) args.push('--port', String(options.port));
  const env: NodeJS.ProcessEnv = { ...process.env, PRIVACY_DESK_HOME: home };
  if (options.account) env.PRIVACY_DESK_ACCOUNT = options.account;
  const child = spawn(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Privacy Desk listening on (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(
        output,
      );
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        url: `${match[1]}/?token=${match[2]}`,
        origin: match[1]!,
        token: match[2]!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
}
