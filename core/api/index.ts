export * from './activities';
export * from './catalogues';
export * from './contract';
export * from './errors';
export * from './fields';
export * from './messages';
export * from './organisations';
export * from './system';
