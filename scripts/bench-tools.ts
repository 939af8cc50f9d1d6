import { performance } from 'node:perf_hooks';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';
import type { AppContext } from '../electron/app-context';

/** What every module's bench gets: the seeded app, a typed call, a scratch folder. */
export interface BenchTools {
  ctx: AppContext;
  dir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** Runs `work` once to warm up, then `runs` times, and prints the median in ms. */
export async function median(
  label: string,
  runs: number,
  work: () => Promise<unknown>,
  target?: number,
): Promise<number> {
  const times: number[] = [];
  await work();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  const verdict =
    target === undefined ? '' : `  (target < ${target} ms: ${m <= target ? 'ok' : 'MISSED'})`;
  console.log(`${label.padEnd(56)} ${m.toFixed(2).padStart(9)} ms${verdict}`);
  return m;
}
