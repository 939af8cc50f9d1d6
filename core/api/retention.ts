// Retention rules and the deletion concept (DIN 66398): issue 5.
// Schemas and contract entries of this feature live here (split into more files if it grows);
// core/api/contract.ts spreads `retentionMethods` into the one contract.
export const retentionMethods = {} as const;
