// The four-eyes review of a reply: the person who reviews it is neither the one who prepared
// it (its last save) nor the one who sends it. A person is the operating-system account the
// app runs under together with the user name in Settings: renaming oneself in Settings keeps
// the account, so it stays the same person; and two entries under one name read as one
// person in the record, so they count as one too.

export interface Person {
  /** The user name in Settings at the time. */
  name: string;
  /** The operating-system account the app ran under ('' where it was not recorded). */
  account: string;
}

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
// Windows and macOS account names ignore case; a Linux one differing only in case is rare.
const normalAccount = (account: string) => account.trim().toLocaleLowerCase('en');

/** Whether two recorded actors are the same person (unknown parts never match). */
export function samePerson(a: Person, b: Person): boolean {
  const accountA = normalAccount(a.account);
  if (accountA !== '' && accountA === normalAccount(b.account)) return true;
  const nameA = normalName(a.name);
  return nameA !== '' && nameA === normalName(b.name);
}

/** Why the person may not review now, or null: the preparer cannot approve their own reply. */
export function reviewProblem(reviewer: Person, preparer: Person | null): 'preparerReviews' | null {
  return preparer && samePerson(reviewer, preparer) ? 'preparerReviews' : null;
}

/** Why the person may not send now, or null: the reviewer cannot be the one who sends. */
export function sendProblem(sender: Person, reviewer: Person | null): 'reviewerSends' | null {
  return reviewer && samePerson(sender, reviewer) ? 'reviewerSends' : null;
}
