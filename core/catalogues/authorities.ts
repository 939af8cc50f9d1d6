import { z } from 'zod';
import authoritiesJson from '../../assets/authorities.json' with { type: 'json' };
import { authority, type Authority } from '../api/requests-schemas';
import type { Land } from '../api/clients';

// The German data protection supervisory authorities (assets/authorities.json): the one of
// the controller's Land is named in Art. 15(1)(f) replies and refusals (right to complain).

const catalogue = z.object({ authorities: z.array(authority).min(17) }).parse(authoritiesJson);
const byKey = new Map(catalogue.authorities.map((a) => [a.key, a]));

export const authorities: readonly Authority[] = catalogue.authorities;

/** The authority competent for a private controller established in `land`. */
export function authorityOf(land: Land): Authority {
  const found = byKey.get(land);
  if (!found) throw new Error(`No supervisory authority for ${land}`);
  return found;
}
