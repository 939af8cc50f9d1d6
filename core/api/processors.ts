// Processors and data processing agreements (AVV, Art. 28): issue 3.
// Schemas and contract entries of this feature live here (split into more files if it grows);
// core/api/contract.ts spreads `processorMethods` into the one contract.
export const processorMethods = {} as const;
