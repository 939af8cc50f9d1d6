import type { Language } from '../api';
import { formatLegalDate } from '../documents/format';

// The line a document carries when the workspace's change history failed its check: the
// reader (an authority, a client, the requester) learns that the stored data is shown, but
// that who changed it and when can no longer be shown from a certain entry on.

const texts: Record<'register' | 'letter', Record<Language, string>> = {
  register: {
    de: 'Hinweis zur Nachvollziehbarkeit: Bei der Erstellung dieses Dokuments am {date} hat Privacy Desk festgestellt, dass das Änderungsprotokoll des Arbeitsbereichs ab Eintrag Nr. {entry} außerhalb der Anwendung verändert wurde. Das Dokument gibt den gespeicherten Stand wieder; wer ihn wann geändert hat, ist ab diesem Eintrag nicht belegt.',
    en: 'Note on traceability: when this document was created on {date}, Privacy Desk found that the workspace’s change history was altered outside the application from entry no. {entry} on. The document shows the stored records; who changed them and when cannot be shown from that entry on.',
  },
  letter: {
    de: 'Hinweis: Bei der Erstellung dieses Schreibens am {date} hat unsere Software festgestellt, dass ihr elektronisches Änderungsprotokoll nicht unversehrt ist. Die obigen Angaben geben den zu diesem Zeitpunkt gespeicherten Stand unseres Verzeichnisses wieder.',
    en: 'Note: when this letter was created on {date}, our software found that its electronic change history is not intact. The information above reflects the records as stored at that time.',
  },
};

/** `date`: the day of creation (YYYY-MM-DD); `firstBroken`: from audit.verify. */
export function integrityNote(
  kind: 'register' | 'letter',
  language: Language,
  date: string,
  firstBroken: number | null,
): string {
  return texts[kind][language]
    .replace('{date}', formatLegalDate(date, language))
    .replace('{entry}', String(firstBroken ?? ''));
}
