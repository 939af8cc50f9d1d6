import type { Kysely, Transaction } from 'kysely';
import { expectTypeOf, it } from 'vitest';
import type { WritableDb } from '../../db/repos/audit.repo';
import type { Database } from '../../db/schema';

// Checked by the type checker (`npm test` runs it first): a repo function that writes takes a
// WritableDb, so handing it the plain connection (a write outside the handler's transaction,
// and so without its audit entry) does not compile.
it('a writing repo function takes a transaction, never the plain connection', () => {
  expectTypeOf<Transaction<Database>>().toExtend<WritableDb>();
  expectTypeOf<Kysely<Database>>().not.toExtend<WritableDb>();
});
