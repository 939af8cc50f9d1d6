import type { Language } from './fields';

// Validation texts of the register import; messages.ts merges them into the one catalogue.
const registerImportValidationDe = {
  sheetTooLarge:
    'Die Datei ist zu groß für einen Import (höchstens 10 MB). Es wurde nichts importiert.',
  sheetTooManyRows:
    'Die Tabelle hat mehr als 5.000 Zeilen. Bitte in kleineren Teilen importieren; es wurde nichts importiert.',
  sheetTooManyColumns:
    'Die Tabelle hat mehr als 100 Spalten und wird deshalb nicht gelesen. Es wurde nichts importiert.',
  sheetCellTooLong:
    'Eine Zelle der Tabelle ist länger als 10.000 Zeichen. Es wurde nichts importiert.',
  sheetTooSlow:
    'Die Tabelle ließ sich nicht in angemessener Zeit lesen und wird deshalb nicht importiert.',
  sheetUnreadable:
    'Die Datei ist keine lesbare Excel-Datei (.xlsx). Ältere .xls-Dateien bitte in Excel als .xlsx oder .csv speichern. Es wurde nichts importiert.',
  sheetEmpty: 'Die Tabelle ist leer. Es wurde nichts importiert.',
  sheetFormat:
    'Bitte eine Excel-Datei (.xlsx) oder eine CSV-Datei (.csv) wählen. Es wurde nichts importiert.',
  importNoNameColumn:
    'Bitte die Spalte mit der Bezeichnung der Tätigkeit wählen: Jede Tätigkeit braucht einen Namen.',
  importDuplicateName:
    'Eine Tätigkeit dieses Namens steht schon in einer früheren Zeile der Datei.',
} as const satisfies Record<string, string>;

export const registerImportValidation: Record<
  Language,
  Record<keyof typeof registerImportValidationDe, string>
> = {
  de: registerImportValidationDe,
  en: {
    sheetTooLarge: 'The file is too large to import (10 MB at most). Nothing was imported.',
    sheetTooManyRows:
      'The sheet has more than 5,000 rows. Please import it in smaller parts; nothing was imported.',
    sheetTooManyColumns:
      'The sheet has more than 100 columns and is not read. Nothing was imported.',
    sheetCellTooLong: 'A cell of the sheet is longer than 10,000 characters. Nothing was imported.',
    sheetTooSlow: 'The sheet could not be read in reasonable time and is not imported.',
    sheetUnreadable:
      'The file is not a readable Excel file (.xlsx). Please save older .xls files as .xlsx or .csv in Excel. Nothing was imported.',
    sheetEmpty: 'The sheet is empty. Nothing was imported.',
    sheetFormat: 'Please choose an Excel file (.xlsx) or a CSV file (.csv). Nothing was imported.',
    importNoNameColumn:
      "Please choose the column with the activity's name: every activity needs a name.",
    importDuplicateName: 'An activity of this name is already in an earlier row of the file.',
  },
};
