import type { IdentityMethod, RequestChannel, RequestKind } from '../api';

// Guidance for checking a requester's identity, following the proportionality rules of
// EDPB Guidelines 01/2022 paras 69-78 and Art. 12(2), 12(6) GDPR (docs/domain.md section 6):
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
  | 'withdrawalEasy'
  | 'compareContact';

/**
 * Methods that count as a completed check before a reply may be sent. On the phone, name
 * and date of birth are what anyone can find out about a person (the 1&1 case): they are
 * no check there, the reply then needs a stronger method or a recorded override.
 */
export function identityChecked(
  method: IdentityMethod | null | undefined,
  channel: RequestChannel,
): boolean {
  if (method === null || method === undefined || method === 'not_possible') return false;
  return !(method === 'name_birth_date' && channel === 'phone');
}

export interface ContactDetails {
  email: string;
  phone: string;
  address: string;
}

const normalEmail = (s: string) => s.trim().toLowerCase();

/** Digits only, with a German trunk prefix read as +49: "089 12 34" = "+49 89 1234". */
function normalPhone(s: string): string {
  const digits = s.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return `49${digits.slice(1)}`;
  return digits;
}

/** Lower case, letters and digits only, "Straße", "Strasse" and "Str." read alike. */
const normalAddress = (s: string) =>
  s
    .toLowerCase()
    .replace(/stra(ß|ss)e/g, 'str')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The contact details of the request (where the reply goes) that differ from those on
 * file: a reply to another address or number may disclose the data to someone else.
 */
export function contactMismatch(
  request: ContactDetails,
  known: ContactDetails,
): ('email' | 'phone' | 'address')[] {
  const differs = (a: string, b: string, normal: (s: string) => string) =>
    a.trim() !== '' && b.trim() !== '' && normal(a) !== normal(b);
  const out: ('email' | 'phone' | 'address')[] = [];
  if (differs(request.email, known.email, normalEmail)) out.push('email');
  if (differs(request.phone, known.phone, normalPhone)) out.push('phone');
  if (differs(request.address, known.address, normalAddress)) out.push('address');
  return out;
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
  notes.push('compareContact', 'idCopyBlackenAndDelete', 'clockNotStopped', 'art11Inform');
  return { recommended, notes };
}
