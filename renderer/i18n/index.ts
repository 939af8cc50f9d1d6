import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { validationMessages, type Language } from '../../core/api';

/**
 * Every `./<lang>/<namespace>.json` is a namespace (file name = namespace), so a feature adds
 * texts by adding a file, without touching this setup. `validation` comes from core/api so
 * form messages read exactly like the ones the API sends.
 */
type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', {
  eager: true,
});

export const resources: Resources = {};
for (const [file, mod] of Object.entries(files)) {
  const match = /^\.\/(\w+)\/([\w-]+)\.json$/.exec(file);
  if (!match) continue;
  const [, lang, ns] = match as unknown as [string, string, string];
  (resources[lang] ??= {})[ns] = mod.default;
}
for (const lang of Object.keys(validationMessages) as Language[]) {
  (resources[lang] ??= {}).validation = validationMessages[lang];
}

export const languages: Language[] = ['de', 'en'];

void i18n.use(initReactI18next).init({
  resources,
  lng: 'de',
  fallbackLng: 'de',
  supportedLngs: languages,
  ns: Object.keys(resources.de ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

/** Switches texts and the document language (screen readers pick the voice from it). */
export function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}
document.documentElement.lang = 'de';

export const useT = (ns?: string | string[]) => useTranslation(ns);

/** The current UI language as the API's Language type. */
export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'de');

export default i18n;
