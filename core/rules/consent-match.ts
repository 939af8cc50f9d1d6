// How a person is found again: by e-mail (case does not matter), by phone number (the same
// number written "+49 170 1234567", "0170/1234567" or "0049 170 1234567") or by customer
// reference. The keys are stored with the person, so a request finds its person by index.

export interface ContactKeys {
  email: string;
  phone: string;
  reference: string;
}

export const emailKey = (email: string) => email.trim().toLowerCase();

/** Digits only, with a German country code turned into the national 0; '' when too short. */
export function phoneKey(phone: string): string {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) digits = `00${digits}`;
  if (digits.startsWith('0049')) digits = `0${digits.slice(4)}`;
  return digits.length >= 6 ? digits : '';
}

export const referenceKey = (reference: string) => reference.trim().toLowerCase();

export const contactKeys = (c: {
  email: string;
  phone: string;
  reference: string;
}): ContactKeys => ({
  email: emailKey(c.email),
  phone: phoneKey(c.phone),
  reference: referenceKey(c.reference),
});
