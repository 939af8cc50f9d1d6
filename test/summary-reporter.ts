import type { Reporter, TestModule } from 'vitest/node';
import { electronSkipNotice } from './e2e-electron/plan';

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", which CI reads as the
 * runner's summary; skipped tests print their reason themselves (see test/helpers). The
 * desktop suite, left out of the run where Electron is not installed, says so right above.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    const notice = electronSkipNotice(process.argv);
    if (notice) console.log(`\n${notice}`);
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
