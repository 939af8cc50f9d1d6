import type { Language } from '../api';
import type { ZipProblem } from '../files/zip-guard';

// Why a zip-based file from outside (.docx, later .xlsx) is not opened.
export const zipProblemTexts: Record<Language, Record<'limits' | 'unsupported', string>> = {
  de: {
    limits:
      'Die Datei ist entpackt zu groß, hat zu viele Teile oder ist ungewöhnlich stark gepackt (höchstens 32 MB, davon 4 MB Text); sie wird aus Sicherheitsgründen nicht geöffnet. Es wurde nichts gespeichert.',
    unsupported:
      'Die Datei ist verschlüsselt, geteilt oder auf eine nicht unterstützte Art gepackt und wird nicht geöffnet. Es wurde nichts gespeichert.',
  },
  en: {
    limits:
      'The file is too large when unpacked, has too many parts or is packed unusually tightly (at most 32 MB, of which 4 MB text); it is not opened, for safety. Nothing was saved.',
    unsupported:
      'The file is encrypted, split or packed in an unsupported way and is not opened. Nothing was saved.',
  },
};

/** The text for a refused zip, or null when it simply is not one (the caller says what it expected). */
export function zipProblemText(problem: ZipProblem, language: Language): string | null {
  if (problem === 'notZip') return null;
  return zipProblemTexts[language][problem === 'unsupported' ? 'unsupported' : 'limits'];
}
