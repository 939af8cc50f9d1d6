import type { AuditEntity } from '../core/api';

// Entries written before clients had one name store the entity 'organisation' and the field
// 'orgId'. Their hashes cover what is stored, so it stays; readers see today's names.

const legacyEntities: Record<string, AuditEntity> = { organisation: 'client' };

/** The stored names of an entity, for queries that must find old entries too. */
export const storedEntityNames = (entity: AuditEntity): string[] => [
  entity,
  ...Object.keys(legacyEntities).filter((old) => legacyEntities[old] === entity),
];

export const readEntity = (stored: string): AuditEntity =>
  legacyEntities[stored] ?? (stored as AuditEntity);
