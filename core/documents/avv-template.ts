import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import type { Language } from '../api';
import { docxLimits, guardZip, ZipRefused } from '../files/zip-guard';
import { zipProblemText } from '../i18n/file-limits';
import { fill } from '../i18n/avv-labels';
import { avvLoops, avvPlaceholders, templateErrorTexts } from '../i18n/avv-placeholders';
import { gapText } from './avv-data';
import type { AvvView } from './avv-data';

// Custom AVV templates: a DPO's own .docx (letterhead, wording) with `{placeholders}` and
// `{#loops}…{/loops}`, filled by docxtemplater. Placeholders are plain property paths
// resolved by our own parser, never expressions: nothing written in a template runs.

export interface TemplateIssue {
  tag: string;
  message: string;
  /** The validation key for the API (default 'placeholder'). */
  key?: string;
}

/** A template that cannot be used, with one issue per bad placeholder. */
export class TemplateProblem extends Error {
  constructor(readonly issues: TemplateIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'TemplateProblem';
  }
}

/** Own-property lookup of "a.b.c" in the scope: no prototype, no calls, no expressions. */
function pathParser(tag: string) {
  const trimmed = tag.trim();
  const path = trimmed === '.' || trimmed === '' ? [] : trimmed.split('.');
  return {
    get(scope: unknown): unknown {
      let value = scope;
      for (const key of path) {
        if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) {
          return undefined;
        }
        value = (value as Record<string, unknown>)[key];
      }
      return typeof value === 'function' ? undefined : value;
    },
  };
}

const topLevel = new Set([
  '.',
  ...avvPlaceholders.map((p) => p.tag),
  ...avvLoops.map((l) => l.tag),
]);
const loopFields = new Map(avvLoops.map((l) => [l.tag, new Set(l.fields.map((f) => f.tag))]));

interface DxtError {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: DxtError[] };
  message?: string;
}

function describe(error: DxtError, language: Language): TemplateIssue {
  const texts = templateErrorTexts[language];
  const id = error.properties?.id ?? '';
  const tag = error.properties?.xtag ?? '';
  const reason = error.properties?.explanation ?? error.message ?? '';
  return { tag, message: fill(texts[id] ?? texts.other!, { tag, reason }) };
}

function open(bytes: Uint8Array, language: Language, inspect?: InspectModule): Docxtemplater {
  let zip: PizZip;
  try {
    // Before anything is unpacked: a template is a file from outside (zip bombs).
    guardZip(bytes, docxLimits);
  } catch (error) {
    const text = error instanceof ZipRefused ? zipProblemText(error.problem, language) : null;
    const message = text ?? templateErrorTexts[language].notDocx!;
    throw new TemplateProblem([{ tag: '', message, key: text ? 'archiveLimits' : 'template' }]);
  }
  try {
    zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) throw new Error('no document part');
  } catch {
    throw new TemplateProblem([{ tag: '', message: templateErrorTexts[language].notDocx! }]);
  }
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      // Errors are reported to the user by placeholder name; no console dump.
      errorLogging: false,
      linebreaks: true,
      parser: pathParser,
      // An empty value prints nothing; unknown tags never get this far (see inspect).
      nullGetter: () => '',
      modules: inspect ? [inspect] : [],
    });
  } catch (error) {
    const errors = (error as DxtError).properties?.errors ?? [error as DxtError];
    throw new TemplateProblem(errors.map((e) => describe(e, language)));
  }
}

/** Collects tag names with their loop, flagging any that is not documented. */
function unknownTags(
  tags: Record<string, unknown>,
  loop: string | null,
  out: string[],
  all: Set<string>,
) {
  for (const [raw, nested] of Object.entries(tags)) {
    const tag = raw.trim();
    all.add(loop ? `${loop}.${tag}` : tag);
    const allowed = topLevel.has(tag) || (loop !== null && loopFields.get(loop)?.has(tag));
    if (!allowed) out.push(tag);
    if (nested && typeof nested === 'object' && Object.keys(nested).length > 0) {
      unknownTags(nested as Record<string, unknown>, loopFields.has(tag) ? tag : loop, out, all);
    }
  }
}

/**
 * Checks a template when it is registered: it must be a .docx, parse, and use only the
 * documented placeholders. Returns the placeholders it uses; throws TemplateProblem.
 */
export function inspectTemplate(bytes: Uint8Array, language: Language): string[] {
  const inspect = new InspectModule();
  open(bytes, language, inspect);
  const unknown: string[] = [];
  const all = new Set<string>();
  unknownTags(inspect.getAllTags(), null, unknown, all);
  if (unknown.length > 0) {
    const text = templateErrorTexts[language].unknown!;
    throw new TemplateProblem(
      [...new Set(unknown)].map((tag) => ({ tag, message: fill(text, { tag }) })),
    );
  }
  return [...all].sort();
}

/** The data a template sees; the same strings (and gap markers) as the built-in draft. */
export function templateData(view: AvvView) {
  const l = view.labels;
  return {
    date: view.date,
    controller: view.controller,
    processor: view.processor,
    options: view.options,
    parties: [
      {
        role: l.roles.controller,
        ...view.controller,
        contact: [view.controller.email, view.controller.phone].filter(Boolean).join(', '),
      },
      { role: l.roles.processor, ...view.processor },
    ],
    activities: view.activities,
    dataCategories: view.dataCategories,
    subjects: view.subjects,
    toms: view.toms,
    subProcessors: view.subProcessors,
    hasSubProcessors: view.subProcessors.length > 0,
    onwardTransfers: view.transfers.onward,
    gaps: view.gaps.map((g) => ({ text: gapText(l, g) })),
  };
}

/** Fills a registered template; a problem found only now is reported the same way. */
export function renderTemplate(bytes: Uint8Array, view: AvvView): Uint8Array {
  const doc = open(bytes, view.language);
  try {
    doc.render(templateData(view));
  } catch (error) {
    const errors = (error as DxtError).properties?.errors ?? [error as DxtError];
    throw new TemplateProblem(errors.map((e) => describe(e, view.language)));
  }
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
