import type { Migration } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-attachments';
import * as m0003 from './0003-processors';
import * as m0004 from './0004-requests';
import * as m0005 from './0005-retention';
import * as m0006 from './0006-processor-transfers';
import * as m0007 from './0007-request-replies';
import * as m0008 from './0008-template-content';
import * as m0009 from './0009-audit-chain';
import * as m0010 from './0010-four-eyes-and-request-retention';
import * as m0011 from './0011-breaches';
import * as m0012 from './0012-consent';
import * as m0013 from './0013-activity-completeness';
import * as m0014 from './0014-client-names';
import * as m0015 from './0015-record-uids';
import * as m0016 from './0016-register-import-mappings';
import * as m0017 from './0017-dpia';

/**
 * Imported statically (no directory scan: inside app.asar and under a strict CSP there is
 * none). Keys sort in the order they run; add `'0002-<slug>': m0002` for the next one.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-attachments': m0002,
  '0003-processors': m0003,
  '0004-requests': m0004,
  '0005-retention': m0005,
  '0006-processor-transfers': m0006,
  '0007-request-replies': m0007,
  '0008-template-content': m0008,
  '0009-audit-chain': m0009,
  '0010-four-eyes-and-request-retention': m0010,
  '0011-breaches': m0011,
  '0012-consent': m0012,
  '0013-activity-completeness': m0013,
  '0014-client-names': m0014,
  '0015-record-uids': m0015,
  '0016-register-import-mappings': m0016,
  '0017-dpia': m0017,
};
