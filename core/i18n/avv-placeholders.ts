import type { Language } from '../api';

// The placeholders a custom AVV Word template may use (docxtemplater syntax), documented
// once here for the app's help panel, docs/avv-templates.md (a test keeps them in step)
// and the check that rejects unknown placeholders when a template is registered.

export interface PlaceholderDoc {
  tag: string;
  de: string;
  en: string;
}

export interface LoopDoc extends PlaceholderDoc {
  /** The fields of one entry, used inside `{#loop}…{/loop}`. */
  fields: PlaceholderDoc[];
}

const p = (tag: string, de: string, en: string): PlaceholderDoc => ({ tag, de, en });

export const avvPlaceholders: PlaceholderDoc[] = [
  p('date', 'Erstellungsdatum des Entwurfs', 'Date the draft was generated'),
  p('controller.name', 'Name des Verantwortlichen (Mandant)', "Controller's name (the client)"),
  p('controller.address', 'Anschrift des Verantwortlichen', "Controller's address"),
  p('controller.representative', 'Gesetzlicher Vertreter', "Controller's legal representative"),
  p('controller.email', 'E-Mail des Verantwortlichen', "Controller's e-mail"),
  p('controller.phone', 'Telefon des Verantwortlichen', "Controller's phone"),
  p('controller.dpo', 'Datenschutzbeauftragter des Verantwortlichen', "Controller's DPO"),
  p('processor.name', 'Name des Auftragsverarbeiters', "Processor's name"),
  p('processor.address', 'Anschrift des Auftragsverarbeiters', "Processor's address"),
  p('processor.country', 'Land der Verarbeitung', 'Country of processing'),
  p(
    'processor.countryKind',
    'EU/EWR, Angemessenheit oder Drittland',
    'EU/EEA, adequacy or third country',
  ),
  p(
    'processor.safeguard',
    'Garantie der Drittlandübermittlung',
    'Third-country transfer safeguard',
  ),
  p(
    'processor.safeguardNote',
    'Angaben zur Garantie (vom Nutzer erfasst)',
    'Details of the safeguard (as recorded)',
  ),
  p(
    'processor.tia',
    'Transfer Impact Assessment (Datum, Referenz)',
    'Transfer impact assessment (date, reference)',
  ),
  p('processor.representative', 'Gesetzlicher Vertreter', "Processor's legal representative"),
  p('processor.contact', 'Ansprechpartner mit E-Mail und Telefon', 'Contact with e-mail and phone'),
  p('processor.service', 'Leistung (Gegenstand des Auftrags)', 'Service (subject matter)'),
  p('processor.dpo', 'Datenschutzbeauftragter des Auftragsverarbeiters', "Processor's DPO"),
  p('options.duration', 'Dauer der Verarbeitung', 'Duration of the processing'),
  p('options.noticeDays', 'Kündigungsfrist in Tagen', 'Notice period in days'),
  p('options.auditNoticeDays', 'Ankündigungsfrist für Kontrollen in Tagen', 'Audit notice in days'),
  p(
    'options.objectionDays',
    'Einspruchsfrist Unterauftragnehmer in Tagen',
    'Objection period in days',
  ),
  p(
    'options.authorisation',
    'Art der Genehmigung von Unterauftragnehmern',
    'Kind of sub-processor authorisation',
  ),
  p(
    'options.breachNoticeHours',
    'Frist für die Meldung von Datenpannen in Stunden',
    'Breach notice period in hours',
  ),
  p('options.jurisdiction', 'Gerichtsstand', 'Place of jurisdiction'),
  p('options.place', 'Ort der Unterzeichnung', 'Place of signature'),
  p(
    'hasSubProcessors',
    'Ja, wenn Unterauftragnehmer erfasst sind (für {#…} / {^…})',
    'True if sub-processors exist',
  ),
];

export const avvLoops: LoopDoc[] = [
  {
    ...p('parties', 'Die beiden Parteien (Anhang I)', 'Both parties (Annex I)'),
    fields: [
      p('role', 'Rolle (Verantwortlicher / Auftragsverarbeiter)', 'Role'),
      p('name', 'Name', 'Name'),
      p('address', 'Anschrift', 'Address'),
      p('contact', 'Kontakt', 'Contact'),
    ],
  },
  {
    ...p('activities', 'Verknüpfte Verarbeitungstätigkeiten', 'Linked processing activities'),
    fields: [
      p('name', 'Bezeichnung', 'Name'),
      p('purposes', 'Zwecke', 'Purposes'),
      p('subjects', 'Betroffene Personen (kommagetrennt)', 'Data subjects (comma-separated)'),
      p('dataCategories', 'Datenkategorien (kommagetrennt)', 'Data categories (comma-separated)'),
    ],
  },
  {
    ...p('dataCategories', 'Alle Datenkategorien der Tätigkeiten', 'All data categories'),
    fields: [
      p('name', 'Bezeichnung', 'Name'),
      p('special', '„Art. 9“ / „Art. 10“ oder leer', '"Art. 9" / "Art. 10" or empty'),
    ],
  },
  {
    ...p('subjects', 'Alle Kategorien betroffener Personen', 'All categories of data subjects'),
    fields: [p('name', 'Bezeichnung', 'Name')],
  },
  {
    ...p('toms', 'Alle TOM-Bereiche (Anhang III)', 'Every TOM area (Annex III)'),
    fields: [
      p('area', 'Bereich, z. B. Zutrittskontrolle', 'Area'),
      p('goal', 'Schutzziel', 'Protection goal'),
      p('description', 'Beschreibung der Maßnahmen', 'Description of the measures'),
    ],
  },
  {
    ...p('subProcessors', 'Unterauftragsverarbeiter (Anhang IV)', 'Sub-processors (Annex IV)'),
    fields: [
      p('name', 'Name', 'Name'),
      p('address', 'Anschrift', 'Address'),
      p('contact', 'Ansprechpartner', 'Contact person'),
      p('country', 'Land', 'Country'),
      p(
        'countryKind',
        'EU/EWR, Angemessenheit oder Drittland',
        'EU/EEA, adequacy or third country',
      ),
      p('safeguard', 'Garantie der Übermittlung (außerhalb EU/EWR)', 'Transfer safeguard'),
      p('safeguardNote', 'Angaben zur Garantie', 'Details of the safeguard'),
      p('service', 'Leistung', 'Service'),
    ],
  },
  {
    ...p(
      'onwardTransfers',
      'Unterauftragsverarbeiter außerhalb der EU/des EWR (Weiterübermittlung)',
      'Sub-processors outside the EU/EEA (onward transfers)',
    ),
    fields: [
      p('name', 'Name', 'Name'),
      p('country', 'Land', 'Country'),
      p('safeguard', 'Garantie der Übermittlung', 'Transfer safeguard'),
      p('note', 'Angaben zur Garantie', 'Details of the safeguard'),
    ],
  },
  {
    ...p('gaps', 'Fehlende Angaben der Vollständigkeitsprüfung', 'Gaps found by the check'),
    fields: [p('text', 'Was fehlt', 'What is missing')],
  },
];

/** Why a template was refused, per docxtemplater error id; others show its own text. */
export const templateErrorTexts: Record<Language, Record<string, string>> = {
  de: {
    unknown: 'Platzhalter „{tag}“ ist unbekannt (siehe Liste der Platzhalter).',
    unclosed_tag: 'Platzhalter „{tag}“ ist nicht geschlossen (es fehlt „}“).',
    unopened_tag: 'Platzhalter „{tag}“ wurde nicht geöffnet (es fehlt „{“).',
    unclosed_loop: 'Schleife „{tag}“ wird nicht mit „{/…}“ geschlossen.',
    unopened_loop: 'Schleife „{tag}“ wird geschlossen, aber nie geöffnet.',
    closing_tag_does_not_match_opening_tag:
      'Schleife „{tag}“ wird mit einem anderen Namen geschlossen.',
    other: 'Platzhalter „{tag}“: {reason}',
    notDocx: 'Die Datei ist keine Word-Datei (.docx).',
  },
  en: {
    unknown: 'Placeholder "{tag}" is unknown (see the list of placeholders).',
    unclosed_tag: 'Placeholder "{tag}" is not closed (missing "}").',
    unopened_tag: 'Placeholder "{tag}" is not opened (missing "{").',
    unclosed_loop: 'Loop "{tag}" is not closed with "{/…}".',
    unopened_loop: 'Loop "{tag}" is closed but never opened.',
    closing_tag_does_not_match_opening_tag: 'Loop "{tag}" is closed with a different name.',
    other: 'Placeholder "{tag}": {reason}',
    notDocx: 'The file is not a Word file (.docx).',
  },
};
