/** A client's saved column mapping for the register import (migration 0015), as JSON. */
export interface RegisterImportMappingTable {
  client_id: number;
  mapping: string;
  updated_at: string;
}

export interface RegisterImportTables {
  register_import_mappings: RegisterImportMappingTable;
}
