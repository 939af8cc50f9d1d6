import type { AvvExtraLabels, AvvLabels } from './avv-labels';

/** German AVV draft (the default language). Our own wording, structured after Art. 28(3). */
export const avvLabelsDe: Omit<AvvLabels, keyof AvvExtraLabels> = {
  title: 'Vertrag über die Verarbeitung personenbezogener Daten im Auftrag',
  between: 'zwischen',
  and: 'und',
  controllerRole: '– nachfolgend „Verantwortlicher“ –',
  processorRole: '– nachfolgend „Auftragsverarbeiter“ –',
  roles: { controller: 'Verantwortlicher', processor: 'Auftragsverarbeiter' },
  preamble:
    'Der Auftragsverarbeiter verarbeitet personenbezogene Daten im Auftrag des Verantwortlichen. Dieser Vertrag regelt die Rechte und Pflichten der Parteien nach Art. 28 DSGVO. Die Anhänge I bis IV sind Bestandteil des Vertrags; bei Widersprüchen geht dieser Vertrag anderen Vereinbarungen der Parteien vor, soweit es um den Schutz personenbezogener Daten geht.',
  clause: '§',
  clauses: {
    subject: {
      title: 'Gegenstand und Dauer der Verarbeitung',
      ref: 'Art. 28 Abs. 3 Satz 1 DSGVO',
      paragraphs: [
        'Gegenstand des Auftrags ist folgende Leistung des Auftragsverarbeiters: {service}',
        'Dauer der Verarbeitung: {duration}',
      ],
    },
    nature: {
      title: 'Art und Zweck der Verarbeitung, Art der Daten, Kategorien betroffener Personen',
      ref: 'Art. 28 Abs. 3 Satz 1 DSGVO',
      paragraphs: [
        'Art und Zweck der Verarbeitung, die Art der personenbezogenen Daten und die Kategorien betroffener Personen ergeben sich aus Anhang II. Die Verarbeitung erfolgt ausschließlich für die dort genannten Verarbeitungstätigkeiten des Verantwortlichen.',
      ],
    },
    controller: {
      title: 'Rechte und Pflichten des Verantwortlichen',
      ref: 'Art. 28 Abs. 3 Satz 1, Art. 24 DSGVO',
      paragraphs: [
        'Der Verantwortliche ist für die Rechtmäßigkeit der Verarbeitung und für die Wahrung der Rechte der betroffenen Personen verantwortlich. Er erteilt Weisungen, ist berechtigt, deren Einhaltung zu kontrollieren (§ {auditsClause}), und informiert den Auftragsverarbeiter unverzüglich, wenn er Fehler oder Unregelmäßigkeiten bei der Verarbeitung feststellt.',
      ],
    },
    instructions: {
      title: 'Verarbeitung nur auf dokumentierte Weisung',
      ref: 'Art. 28 Abs. 3 lit. a, Art. 29 DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten nur auf dokumentierte Weisung des Verantwortlichen, auch in Bezug auf die Übermittlung in ein Drittland oder an eine internationale Organisation. Weisungen werden in Textform erteilt; mündliche Weisungen bestätigt der Verantwortliche unverzüglich in Textform.',
        'Ist der Auftragsverarbeiter durch das Recht der Union oder eines Mitgliedstaats zu einer weiteren Verarbeitung verpflichtet, teilt er dem Verantwortlichen diese rechtlichen Anforderungen vor der Verarbeitung mit, sofern das betreffende Recht eine solche Mitteilung nicht wegen eines wichtigen öffentlichen Interesses verbietet.',
      ],
    },
    unlawfulInstructions: {
      title: 'Hinweis auf rechtswidrige Weisungen',
      ref: 'Art. 28 Abs. 3 UAbs. 2 DSGVO',
      paragraphs: [
        'Ist der Auftragsverarbeiter der Auffassung, dass eine Weisung gegen die DSGVO oder andere Datenschutzvorschriften der Union oder der Mitgliedstaaten verstößt, informiert er den Verantwortlichen unverzüglich. Er darf die Ausführung der Weisung aussetzen, bis der Verantwortliche sie bestätigt oder ändert.',
      ],
    },
    confidentiality: {
      title: 'Vertraulichkeit',
      ref: 'Art. 28 Abs. 3 lit. b DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter gewährleistet, dass sich die zur Verarbeitung befugten Personen zur Vertraulichkeit verpflichtet haben oder einer angemessenen gesetzlichen Verschwiegenheitspflicht unterliegen. Die Verpflichtung gilt über das Ende der Tätigkeit hinaus.',
      ],
    },
    security: {
      title: 'Sicherheit der Verarbeitung',
      ref: 'Art. 28 Abs. 3 lit. c, Art. 32 DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter ergreift alle nach Art. 32 DSGVO erforderlichen technischen und organisatorischen Maßnahmen; sie sind in Anhang III beschrieben. Er darf sie dem technischen Fortschritt anpassen, sofern das Schutzniveau nicht unterschritten wird. Wesentliche Änderungen teilt er dem Verantwortlichen vorab mit.',
      ],
    },
    subProcessors: {
      title: 'Unterauftragsverarbeiter',
      ref: 'Art. 28 Abs. 3 lit. d, Abs. 2 und 4 DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter erlegt jedem Unterauftragsverarbeiter durch Vertrag dieselben Datenschutzpflichten auf, die in diesem Vertrag festgelegt sind, insbesondere hinreichende Garantien für geeignete technische und organisatorische Maßnahmen. Er stellt dem Verantwortlichen auf Verlangen eine Kopie dieser Vereinbarungen zur Verfügung.',
        'Kommt ein Unterauftragsverarbeiter seinen Datenschutzpflichten nicht nach, haftet der Auftragsverarbeiter gegenüber dem Verantwortlichen für die Einhaltung der Pflichten des Unterauftragsverarbeiters.',
      ],
    },
    dataSubjectRights: {
      title: 'Unterstützung bei Anfragen betroffener Personen',
      ref: 'Art. 28 Abs. 3 lit. e DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter unterstützt den Verantwortlichen angesichts der Art der Verarbeitung nach Möglichkeit mit geeigneten technischen und organisatorischen Maßnahmen dabei, Anträge auf Wahrnehmung der Rechte der betroffenen Personen nach Kapitel III DSGVO (Art. 12 bis 22) zu beantworten. Anträge, die direkt bei ihm eingehen, leitet er unverzüglich an den Verantwortlichen weiter und beantwortet sie nicht selbst.',
      ],
    },
    assistance: {
      title: 'Unterstützung bei den Pflichten aus Art. 32 bis 36 DSGVO',
      ref: 'Art. 28 Abs. 3 lit. f DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter unterstützt den Verantwortlichen unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Sicherheit der Verarbeitung, bei Meldungen von Verletzungen des Schutzes personenbezogener Daten, bei Datenschutz-Folgenabschätzungen und bei der vorherigen Konsultation der Aufsichtsbehörde.',
      ],
    },
    breach: {
      title: 'Meldung von Verletzungen des Schutzes personenbezogener Daten',
      ref: 'Art. 33 Abs. 2, Art. 28 Abs. 3 lit. f DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter meldet dem Verantwortlichen eine Verletzung des Schutzes personenbezogener Daten unverzüglich{breachDeadline}, nachdem sie ihm bekannt geworden ist. Die Meldung enthält, soweit bekannt, die Art der Verletzung mit den Kategorien und der ungefähren Zahl der betroffenen Personen und Datensätze, eine Kontaktstelle, die wahrscheinlichen Folgen sowie die ergriffenen oder vorgeschlagenen Maßnahmen (Art. 33 Abs. 3 DSGVO). Informationen, die noch nicht vorliegen, werden schrittweise nachgereicht.',
      ],
    },
    deletion: {
      title: 'Löschung und Rückgabe nach Ende des Auftrags',
      ref: 'Art. 28 Abs. 3 lit. g DSGVO',
      paragraphs: [
        'Nach Abschluss der Leistungen löscht der Auftragsverarbeiter nach Wahl des Verantwortlichen alle personenbezogenen Daten oder gibt sie zurück und löscht vorhandene Kopien, sofern nicht nach dem Unionsrecht oder dem Recht der Mitgliedstaaten eine Verpflichtung zur Speicherung besteht. Die Löschung bestätigt er auf Verlangen in Textform.',
      ],
    },
    audits: {
      title: 'Nachweise und Kontrollen',
      ref: 'Art. 28 Abs. 3 lit. h DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter stellt dem Verantwortlichen alle erforderlichen Informationen zum Nachweis der Einhaltung der Pflichten aus Art. 28 DSGVO zur Verfügung. Er ermöglicht Überprüfungen – einschließlich Inspektionen – durch den Verantwortlichen oder einen von diesem beauftragten Prüfer und trägt dazu bei.',
        'Inspektionen vor Ort werden mit einer Frist von {auditNoticeDays} Tagen angekündigt, außer bei einem begründeten Verdacht auf einen Datenschutzverstoß. Sie finden während der üblichen Geschäftszeiten und ohne vermeidbare Störung des Betriebs statt. Aktuelle Prüfberichte oder Zertifikate unabhängiger Stellen können als Nachweis dienen.',
      ],
    },
    transfers: {
      title: 'Übermittlungen in Drittländer',
      ref: 'Art. 28 Abs. 3 lit. a, Art. 44 ff. DSGVO',
      paragraphs: [
        'Eine Übermittlung personenbezogener Daten in ein Drittland oder an eine internationale Organisation erfolgt nur auf dokumentierte Weisung des Verantwortlichen und nur, wenn die Voraussetzungen des Kapitels V DSGVO erfüllt sind.',
      ],
    },
    term: {
      title: 'Laufzeit und Kündigung',
      ref: 'Art. 28 Abs. 3 Satz 1 DSGVO',
      paragraphs: [
        'Der Vertrag beginnt mit der Unterzeichnung und gilt für die in § 1 genannte Dauer. Jede Partei kann ihn mit einer Frist von {noticeDays} Tagen in Textform kündigen; das Recht zur fristlosen Kündigung aus wichtigem Grund bleibt unberührt.',
        'Verstößt der Auftragsverarbeiter gegen diesen Vertrag oder gegen Datenschutzvorschriften, kann der Verantwortliche die Verarbeitung aussetzen lassen. Wird die Einhaltung nicht innerhalb eines Monats wiederhergestellt, kann er den Vertrag fristlos kündigen.',
      ],
    },
    final: {
      title: 'Schlussbestimmungen',
      ref: 'Art. 28 Abs. 9 DSGVO',
      paragraphs: [
        'Dieser Vertrag und seine Änderungen bedürfen der Schriftform; ein elektronisches Format genügt. Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.',
        'Gerichtsstand ist {jurisdiction}. Es gilt das Recht der Bundesrepublik Deutschland.',
      ],
    },
  },
  subProcessingSpecific: [
    'Der Auftragsverarbeiter nimmt die Dienste eines weiteren Auftragsverarbeiters nur mit vorheriger gesonderter schriftlicher Genehmigung des Verantwortlichen in Anspruch. Die bei Vertragsschluss genehmigten Unterauftragsverarbeiter sind in Anhang IV aufgeführt. Den Antrag auf Genehmigung eines weiteren Unterauftragsverarbeiters stellt er mindestens {objectionDays} Tage vor dessen Einsatz.',
  ],
  subProcessingGeneral: [
    'Der Verantwortliche erteilt eine allgemeine schriftliche Genehmigung für die in Anhang IV aufgeführten Unterauftragsverarbeiter. Der Auftragsverarbeiter informiert den Verantwortlichen mindestens {objectionDays} Tage im Voraus in Textform über jede beabsichtigte Hinzuziehung oder Ersetzung. Der Verantwortliche kann innerhalb dieser Frist Einspruch erheben; bis zur Klärung unterbleibt der Einsatz.',
  ],
  transfersNone:
    'Der Auftragsverarbeiter verarbeitet die Daten nach eigener Angabe in der EU bzw. im EWR.',
  transfersThirdCountry:
    'Ort der Verarbeitung: {country}. Grundlage der Übermittlung: {safeguard}.',
  annex: 'Anhang',
  annexes: {
    i: 'Liste der Parteien',
    ii: 'Beschreibung der Verarbeitung',
    iii: 'Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
    iv: 'Liste der Unterauftragsverarbeiter',
  },
  party: {
    name: 'Name / Firma',
    address: 'Anschrift',
    contact: 'Ansprechpartner',
    email: 'E-Mail',
    phone: 'Telefon',
    representative: 'Vertreten durch',
    dpo: 'Datenschutzbeauftragter',
    country: 'Land der Verarbeitung',
    countryKind: 'Einordnung',
    safeguard: 'Garantie für die Übermittlung',
    safeguardNote: 'Angaben zur Garantie',
    tia: 'Transfer Impact Assessment',
    service: 'Leistung',
  },
  description: {
    subject: 'Gegenstand',
    nature: 'Art der Verarbeitung',
    activities: 'Verarbeitungstätigkeiten des Verantwortlichen',
    purposes: 'Zwecke der Verarbeitung',
    subjects: 'Kategorien betroffener Personen',
    dataCategories: 'Kategorien personenbezogener Daten',
    sensitive: 'Besondere Kategorien personenbezogener Daten (Art. 9, 10 DSGVO)',
    sensitiveNone: 'Keine',
    sensitiveSafeguards:
      'Für diese Daten gelten die Maßnahmen in Anhang III mit besonderer Strenge (Zugriff nur für eng begrenzten Personenkreis, Verschlüsselung, Protokollierung).',
    duration: 'Dauer der Verarbeitung',
    subProcessing: 'Unterauftragsverarbeitung',
  },
  subProcessor: {
    name: 'Name',
    address: 'Anschrift',
    contact: 'Ansprechpartner',
    country: 'Land',
    countryKind: 'Einordnung',
    safeguard: 'Garantie für die Übermittlung',
    safeguardNote: 'Angaben zur Garantie',
    service: 'Leistung',
  },
  noSubProcessors: 'Bei Vertragsschluss werden keine Unterauftragsverarbeiter eingesetzt.',
  noneListed: 'keine Angabe',
  tomAreas: {
    zutrittskontrolle: { title: 'Zutrittskontrolle', goal: 'Vertraulichkeit' },
    zugangskontrolle: { title: 'Zugangskontrolle', goal: 'Vertraulichkeit' },
    zugriffskontrolle: { title: 'Zugriffskontrolle', goal: 'Vertraulichkeit, Integrität' },
    weitergabekontrolle: { title: 'Weitergabekontrolle', goal: 'Vertraulichkeit, Integrität' },
    eingabekontrolle: { title: 'Eingabekontrolle', goal: 'Integrität' },
    auftragskontrolle: { title: 'Auftragskontrolle', goal: 'Art. 28, Art. 32 Abs. 4 DSGVO' },
    verfuegbarkeitskontrolle: {
      title: 'Verfügbarkeitskontrolle',
      goal: 'Verfügbarkeit, Belastbarkeit',
    },
    trennungsgebot: { title: 'Trennungsgebot', goal: 'Zweckbindung' },
    pseudonymisierung: {
      title: 'Pseudonymisierung und Verschlüsselung',
      goal: 'Art. 32 Abs. 1 lit. a DSGVO',
    },
    wirksamkeitspruefung: {
      title: 'Wiederherstellung und regelmäßige Überprüfung der Wirksamkeit',
      goal: 'Art. 32 Abs. 1 lit. c und d DSGVO',
    },
  },
  tomIntro:
    'Der Auftragsverarbeiter trifft mindestens die folgenden Maßnahmen. Sie berücksichtigen den Stand der Technik, die Implementierungskosten sowie Art, Umfang, Umstände und Zwecke der Verarbeitung.',
  countryKinds: {
    eu_eea: 'EU/EWR',
    adequacy: 'Drittland mit Angemessenheitsbeschluss (Art. 45 DSGVO)',
    third_country: 'Drittland ohne Angemessenheitsbeschluss',
  },
  gaps: {
    controllerAddress: 'Anschrift des Verantwortlichen',
    controllerContact: 'E-Mail oder Telefon des Verantwortlichen',
    controllerRepresentative: 'Gesetzlicher Vertreter des Verantwortlichen',
    processorAddress: 'Anschrift des Auftragsverarbeiters',
    processorContact: 'Ansprechpartner oder E-Mail des Auftragsverarbeiters',
    processorRepresentative: 'Gesetzlicher Vertreter des Auftragsverarbeiters',
    service: 'Leistung des Auftragsverarbeiters (Gegenstand)',
    tomArea: 'Maßnahmen zu „{area}“ (oder „nicht anwendbar“ mit Begründung)',
    tomReason: 'Begründung, warum „{area}“ nicht anwendbar ist',
    processorCountry: 'Land der Verarbeitung des Auftragsverarbeiters',
    safeguard: 'Garantie für die Drittlandübermittlung',
    safeguardNote: 'Dokumentation der Ausnahme nach Art. 49 DSGVO',
    tia: 'Transfer Impact Assessment (Datum oder Referenz)',
    subProcessorCountry: 'Land des Unterauftragsverarbeiters „{name}“',
    subProcessorSafeguard: 'Garantie für die Übermittlung an „{name}“',
    subProcessorSafeguardNote: 'Dokumentation der Ausnahme nach Art. 49 DSGVO für „{name}“',
    activities: 'Verknüpfte Verarbeitungstätigkeiten',
    purposes: 'Zwecke der Verarbeitung',
    subjects: 'Kategorien betroffener Personen',
    dataCategories: 'Kategorien personenbezogener Daten',
    duration: 'Dauer der Verarbeitung',
    jurisdiction: 'Gerichtsstand',
    place: 'Ort der Unterzeichnung',
  },
  missing: '[fehlt: {what}]',
  inActivity: '{what} (Verarbeitungstätigkeit „{activity}“)',
  signatures: 'Unterschriften',
  signPlaceDate: 'Ort, Datum',
  signName: 'Name, Funktion, Unterschrift',
  footer: 'Auftragsverarbeitungsvertrag',
  page: 'Seite',
  pageOf: 'von',
  filenameStem: 'AVV-Entwurf',
  generatedBy: 'Privacy Desk',
  specialMarks: { art9: 'Art. 9', art10: 'Art. 10' },
  processorRecipient: 'Auftragsverarbeiter, Art. 28 DSGVO',
  authorisation: {
    specific: 'Gesonderte vorherige Genehmigung (Anhang IV abschließend)',
    general: 'Allgemeine Genehmigung mit Einspruchsrecht',
  },
  days: 'Tage',
};
