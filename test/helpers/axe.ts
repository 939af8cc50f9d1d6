import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA plus axe's best practices: the bar every screen is held to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** One violation on one element, in the words a reader of a failed test needs. */
export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  target: string;
  summary: string;
}

/**
 * Runs axe-core on the page as it is now (the whole document, open dialogs included). The
 * source is evaluated through the DevTools protocol, which the app's CSP does not restrict;
 * a script tag would be refused by `script-src 'self'` like any other inline script.
 */
export async function axeFindings(page: Page, screen: string): Promise<AxeFinding[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' > '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, axeTags);
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({
      screen,
      rule: v.rule,
      impact: v.impact,
      help: v.help,
      target: n.target,
      summary: n.summary,
    })),
  );
}

/** One line per finding, e.g. `activities (de): color-contrast [serious] .badge: …`. */
export const formatFindings = (findings: AxeFinding[]): string =>
  findings
    .map((f) => `${f.screen}: ${f.rule} [${f.impact}] ${f.target}: ${f.help}. ${f.summary}`)
    .join('\n');
