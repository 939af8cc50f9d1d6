/**
 * Case folding for names that must meet regardless of case ("Ärzte" and "ärzte"). SQLite's
 * own lower() and NOCASE fold ASCII letters only, so every connection registers this as the
 * SQL function `fold_case`, and queries compare `fold_case(name)` with `foldCase(value)`.
 */
export const foldCase = (value: string): string => value.toLocaleLowerCase('de');

export const FOLD_CASE_SQL = 'fold_case';

/** The function better-sqlite3 registers: NULL stays NULL, like lower(). */
export function foldCaseSql(value: unknown): unknown {
  return typeof value === 'string' ? foldCase(value) : value;
}
