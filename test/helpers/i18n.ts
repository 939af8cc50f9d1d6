import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance, type i18n } from 'i18next';
import { validationMessages, type Language } from '../../core/api';
import type { HistoryTexts } from '../../renderer/components/history-format';

// The renderer's texts in Node, for tests of what the screens write (the app loads the same
// files through Vite's glob import).
const dir = path.resolve(import.meta.dirname, '../../renderer/i18n');

export function rendererI18n(language: Language): i18n {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const lang of ['de', 'en'] as const) {
    const namespaces: Record<string, unknown> = { validation: validationMessages[lang] };
    for (const file of readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json'))) {
      namespaces[file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(path.join(dir, lang, file), 'utf8'),
      );
    }
    resources[lang] = namespaces;
  }
  const instance = createInstance();
  void instance.init({
    resources: resources as never,
    lng: language,
    fallbackLng: 'de',
    ns: Object.keys(resources.de!),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** What the History component hands the formatter, in one language. */
export function historyTexts(
  language: Language,
  activityName?: (id: number) => string | undefined,
): HistoryTexts {
  const instance = rendererI18n(language);
  return {
    t: (key, options) => instance.t(key, options ?? {}),
    exists: (key) => instance.exists(key),
    language,
    activityName,
  };
}
