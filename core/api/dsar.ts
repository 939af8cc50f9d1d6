// Data subject requests (Art. 15-22): issue 4.
// Schemas and contract entries of this feature live here (split into more files if it grows);
// core/api/contract.ts spreads `dsarMethods` into the one contract.
export const dsarMethods = {} as const;
