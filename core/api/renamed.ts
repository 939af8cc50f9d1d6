// Written by scripts/codemod/rename-concepts.ts: the names given up for one name per
// concept. docs/api.md lists them; old names are not served.

/** Old method name -> new method name. */
export const renamedMethods: Record<string, string> = {};

/** Other names that changed with them (tables, fields, files, namespaces). */
export const renamedConcepts: [from: string, to: string][] = [];
