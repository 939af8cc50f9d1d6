import type { IdentityMethod, RequestChannel, RequestKind } from '../api';

// Guidance for checking a requester's identity, following the proportionality rules of
// EDPB Guidelines 01/2022 paras 69-78 and Art. 12(2), 12(6) GDPR (domain.md section 6):
// ask for more only where there is reasonable doubt, prefer what the controller already
// knows (logged-in account, known e-mail), never a notarised proof, an ID copy only where
// justified and then blackened and deleted after the check. The 1&1 fine (name and birth
// date were accepted on the phone) is why "name + birth date" is never enough.

export interface IdentityContext {
  channel: RequestChannel;
  kind: RequestKind;
  /** The sender's address or number is already known from the customer relationship. */
  knownContact: boolean;
  /** The concerned activities process Art. 9 or Art. 10 data. */
  sensitiveData: boolean;
}

export type GuidanceNote =
  | 'reasonableDoubtOnly'
  | 'preferExisting'
  | 'nameBirthDateNotEnough'
  | 'noNotarisedProof'
  | 'idCopyOnlyIfJustified'
  | 'idCopyBlackenAndDelete'
  | 'collectNoMore'
  | 'clockNotStopped'
  | 'art11Inform'
  | 'withdrawalEasy';

/** Methods that count as a completed check before a reply may be sent. */
export function identityChecked(method: IdentityMethod | null | undefined): boolean {
  return method !== null && method !== undefined && method !== 'not_possible';
}

/** Recommended methods (best first) and the notes to show beside the form. */
export function identityGuidance(c: IdentityContext): {
  recommended: IdentityMethod[];
  notes: GuidanceNote[];
} {
  const notes: GuidanceNote[] = ['reasonableDoubtOnly', 'preferExisting', 'collectNoMore'];
  let recommended: IdentityMethod[];
  if (c.kind === 'consent_withdrawal' || c.kind === 'objection') {
    // Withdrawing consent must be as easy as giving it (Art. 7(3)); stopping advertising
    // to an address harms no one, so no proof is needed for that.
    recommended = ['not_needed', 'known_email', 'customer_account'];
    notes.push('withdrawalEasy');
  } else if (c.channel === 'phone') {
    recommended = ['callback', 'customer_number_detail', 'known_email'];
    notes.push('nameBirthDateNotEnough');
  } else if (c.channel === 'email' || c.channel === 'web_form') {
    recommended = c.knownContact
      ? ['known_email', 'customer_account', 'customer_number_detail']
      : ['customer_account', 'customer_number_detail', 'callback'];
  } else if (c.channel === 'in_person') {
    recommended = ['id_document_seen', 'customer_number_detail'];
  } else {
    recommended = ['customer_number_detail', 'callback', 'known_email'];
  }
  notes.push('noNotarisedProof');
  if (c.sensitiveData && c.kind !== 'consent_withdrawal' && c.kind !== 'objection') {
    // Disclosure of health data to the wrong person does real harm: a stronger check,
    // an ID document included, can be proportionate here.
    if (!recommended.includes('id_document_seen')) recommended.push('id_document_seen');
    notes.push('idCopyOnlyIfJustified');
  }
  if (c.channel !== 'phone') notes.push('nameBirthDateNotEnough');
  notes.push('idCopyBlackenAndDelete', 'clockNotStopped', 'art11Inform');
  return { recommended, notes };
}
