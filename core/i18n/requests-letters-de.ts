import type { RequestLetterTexts } from './requests-letters';

/** German letters to data subjects (the default language). */
export const requestLettersDe: RequestLetterTexts = {
  kinds: {
    access: 'Auskunft (Art. 15 DSGVO)',
    rectification: 'Berichtigung (Art. 16 DSGVO)',
    erasure: 'Löschung (Art. 17 DSGVO)',
    restriction: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
    portability: 'Datenübertragbarkeit (Art. 20 DSGVO)',
    objection: 'Widerspruch (Art. 21 DSGVO)',
    consent_withdrawal: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
    other: 'Anfrage zum Datenschutz',
  },
  kindsAs: {
    access: 'Auskunftsersuchen (Art. 15 DSGVO)',
    rectification: 'Antrag auf Berichtigung (Art. 16 DSGVO)',
    erasure: 'Antrag auf Löschung (Art. 17 DSGVO)',
    restriction: 'Antrag auf Einschränkung der Verarbeitung (Art. 18 DSGVO)',
    portability: 'Antrag auf Datenübertragbarkeit (Art. 20 DSGVO)',
    objection: 'Widerspruch (Art. 21 DSGVO)',
    consent_withdrawal: 'Widerruf Ihrer Einwilligung (Art. 7 Abs. 3 DSGVO)',
    other: 'Anfrage zum Datenschutz',
  },
  subjects: {
    acknowledgement: 'Eingangsbestätigung Ihrer Anfrage',
    identification: 'Bitte um Bestätigung Ihrer Identität',
    extension: 'Verlängerung der Frist zur Beantwortung Ihrer Anfrage',
    interim: 'Zwischenbescheid zu Ihrer Anfrage',
    art15: 'Auskunft nach Art. 15 DSGVO',
    confirmation: 'Antwort auf Ihre Anfrage',
    refusal: 'Ihre Anfrage nach der DSGVO',
  },
  yourRequest: 'Ihre Anfrage vom {date}: {kind}',
  reference: 'Unser Zeichen: {ref}',
  dueLine: 'Frist zur Beantwortung: {due}',
  salutation: 'Guten Tag {name},',
  closing: 'Mit freundlichen Grüßen',
  dpoContact: 'Unser Datenschutzbeauftragter: {dpo}',
  page: 'Seite',
  pageOf: 'von',
  filenameStem: {
    acknowledgement: 'Eingangsbestaetigung',
    identification: 'Identitaetspruefung',
    extension: 'Fristverlaengerung',
    interim: 'Zwischenbescheid',
    art15: 'Auskunft_Art15',
    confirmation: 'Bestaetigung',
    refusal: 'Ablehnung',
  },
  acknowledgement: [
    'wir bestätigen den Eingang Ihrer Anfrage vom {received}. Wir bearbeiten sie als {kindAs}.',
    'Wir beantworten Ihre Anfrage unverzüglich, spätestens bis zum {due} (Art. 12 Abs. 3 DSGVO). Die Bearbeitung ist für Sie kostenfrei.',
  ],
  identification: [
    'damit wir Ihre Daten nicht an eine unberechtigte Person herausgeben, bitten wir Sie, Ihre Identität zu bestätigen (Art. 12 Abs. 6 DSGVO).',
    'Antworten Sie dazu bitte von der E-Mail-Adresse, die Sie bei uns verwenden, oder nennen Sie uns Ihre Kunden- oder Vertragsnummer und eine Angabe, die nur Sie kennen können (z. B. Datum und Betrag Ihrer letzten Rechnung). Name und Geburtsdatum allein genügen nicht.',
    'Wir verwenden diese Angaben ausschließlich zur Prüfung Ihrer Identität. Die Frist zur Beantwortung läuft weiter: Wir antworten spätestens bis zum {due}.',
  ],
  extension: [
    'Ihre Anfrage vom {received} können wir nicht innerhalb eines Monats abschließend beantworten. Grund: {reason}',
    'Wir verlängern die Frist daher gemäß Art. 12 Abs. 3 Satz 2 DSGVO um zwei weitere Monate. Wir antworten spätestens bis zum {due}.',
  ],
  interim: [
    'Ihre Anfrage vom {received} ist bei uns in Bearbeitung. {note}',
    'Wir antworten spätestens bis zum {due}.',
  ],
  confirmation: {
    access: 'wir haben Ihnen die Auskunft zu Ihrer Anfrage vom {received} erteilt.',
    rectification:
      'wir haben Ihre personenbezogenen Daten wie von Ihnen am {received} verlangt berichtigt (Art. 16 DSGVO).',
    erasure:
      'wir haben Ihre personenbezogenen Daten wie von Ihnen am {received} verlangt gelöscht (Art. 17 DSGVO).',
    restriction:
      'wir haben die Verarbeitung Ihrer personenbezogenen Daten wie von Ihnen am {received} verlangt eingeschränkt (Art. 18 DSGVO).',
    portability:
      'wir stellen Ihnen die von Ihnen bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung (Art. 20 DSGVO).',
    objection:
      'wir haben Ihren Widerspruch vom {received} umgesetzt und verarbeiten Ihre Daten insoweit nicht mehr (Art. 21 DSGVO).',
    consent_withdrawal:
      'wir haben Ihren Widerruf vom {received} umgesetzt. Die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung bleibt unberührt (Art. 7 Abs. 3 DSGVO).',
    other: 'wir haben Ihre Anfrage vom {received} bearbeitet.',
  },
  corrections: 'Berichtigt bzw. vervollständigt haben wir:',
  erasure: {
    partialIntro:
      'wir haben Ihr Löschverlangen vom {received} bearbeitet (Art. 17 DSGVO). Im Einzelnen:',
    groups: {
      deleted: 'Gelöscht haben wir:',
      retained:
        'Die folgenden Daten müssen wir aufgrund gesetzlicher Aufbewahrungspflichten weiter speichern; insoweit besteht kein Anspruch auf Löschung (Art. 17 Abs. 3 lit. b DSGVO). Wir haben diese Daten gesperrt: Wir verwenden sie nur noch, um die Aufbewahrungspflicht zu erfüllen, und löschen sie nach Ablauf der Frist.',
      restricted:
        'Die folgenden Daten haben wir nicht gelöscht, sondern gesperrt, d. h. ihre Verarbeitung eingeschränkt (Art. 18 DSGVO, § 35 BDSG). Wir speichern sie nur noch und verwenden sie nicht mehr für andere Zwecke:',
    },
  },
  restriction: {
    grounds: {
      accuracy:
        'Sie bestreiten die Richtigkeit Ihrer Daten. Die Einschränkung gilt, bis wir die Richtigkeit überprüft haben (Art. 18 Abs. 1 lit. a DSGVO).',
      unlawful:
        'Die Verarbeitung ist unrechtmäßig, und Sie haben statt der Löschung die Einschränkung verlangt (Art. 18 Abs. 1 lit. b DSGVO).',
      legal_claims:
        'Wir benötigen die Daten nicht mehr; Sie benötigen sie jedoch zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 18 Abs. 1 lit. c DSGVO).',
      objection:
        'Sie haben Widerspruch gegen die Verarbeitung eingelegt. Die Einschränkung gilt, solange noch nicht feststeht, ob unsere berechtigten Gründe gegenüber Ihren überwiegen (Art. 18 Abs. 1 lit. d DSGVO).',
    },
    data: 'Eingeschränkt ist die Verarbeitung folgender Daten:',
    effect:
      'Wir speichern diese Daten weiter, verarbeiten sie aber nur noch mit Ihrer Einwilligung, zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen, zum Schutz der Rechte einer anderen Person oder aus Gründen eines wichtigen öffentlichen Interesses (Art. 18 Abs. 2 DSGVO). Bevor wir die Einschränkung aufheben, teilen wir Ihnen das mit (Art. 18 Abs. 3 DSGVO).',
  },
  objection: {
    types: {
      direct_marketing:
        'wir haben Ihren Widerspruch vom {received} gegen die Verarbeitung Ihrer Daten für Zwecke der Direktwerbung umgesetzt. Wir verarbeiten Ihre Daten nicht mehr für diese Zwecke (Art. 21 Abs. 2 und 3 DSGVO).',
      particular_situation:
        'wir haben Ihren Widerspruch vom {received} geprüft und verarbeiten Ihre Daten insoweit nicht mehr (Art. 21 Abs. 1 DSGVO).',
    },
    stopped: 'Eingestellt haben wir:',
  },
  portabilityFiles: 'Ihre Daten liegen diesem Schreiben als folgende Dateien bei:',
  art19Intro:
    'Wir haben die folgenden Empfänger, denen Ihre Daten offengelegt wurden, darüber unterrichtet (Art. 19 DSGVO):',
  refusalIntro: 'zu Ihrer Anfrage vom {received} teilen wir Ihnen Folgendes mit:',
  refusalGrounds: {
    art12_5:
      'Wir werden Ihrer Anfrage nicht nachkommen, weil sie offenkundig unbegründet oder – insbesondere wegen häufiger Wiederholung – exzessiv ist (Art. 12 Abs. 5 Satz 2 lit. b DSGVO).',
    art11:
      'Wir sind nicht in der Lage, Sie als betroffene Person zu identifizieren (Art. 11 Abs. 2, Art. 12 Abs. 2 DSGVO). Wenn Sie uns zusätzliche Informationen geben, die Ihre Identifizierung ermöglichen, bearbeiten wir Ihre Anfrage gerne.',
    bdsg27:
      'Ihre Rechte sind eingeschränkt, soweit ihre Erfüllung die Verwirklichung von Forschungs- oder Statistikzwecken unmöglich machen oder ernsthaft beeinträchtigen würde (§ 27 Abs. 2 BDSG).',
    bdsg28:
      'Ihre Rechte sind eingeschränkt, soweit ihre Erfüllung die Verwirklichung im öffentlichen Interesse liegender Archivzwecke unmöglich machen oder ernsthaft beeinträchtigen würde (§ 28 BDSG).',
    bdsg29:
      'Eine Auskunft unterbleibt, soweit durch sie Informationen offenbart würden, die nach einer Rechtsvorschrift oder ihrem Wesen nach, insbesondere wegen überwiegender berechtigter Interessen Dritter, geheim gehalten werden müssen (§ 29 Abs. 1 Satz 2 BDSG).',
    bdsg34:
      'Eine Auskunft unterbleibt, weil die Daten nur aufgrund gesetzlicher oder satzungsmäßiger Aufbewahrungsvorschriften oder ausschließlich zur Datensicherung oder Datenschutzkontrolle gespeichert sind, die Auskunft einen unverhältnismäßigen Aufwand erfordern würde und eine Verarbeitung zu anderen Zwecken durch geeignete technische und organisatorische Maßnahmen ausgeschlossen ist (§ 34 Abs. 1 Nr. 2 BDSG).',
    art17_3:
      'Ihre Daten können wir derzeit nicht löschen, weil eine Ausnahme nach Art. 17 Abs. 3 DSGVO vorliegt, etwa eine gesetzliche Aufbewahrungspflicht (lit. b) oder die Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (lit. e). Den Grund in Ihrem Fall nennen wir Ihnen nachfolgend. Wir verwenden die Daten nur noch für diesen Zweck und löschen sie, sobald er entfällt.',
    art21_1:
      'Wir setzen die Verarbeitung fort, weil zwingende schutzwürdige Gründe für die Verarbeitung vorliegen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder weil die Verarbeitung der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen dient (Art. 21 Abs. 1 Satz 2 DSGVO).',
  },
  remedies:
    'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO) und einen gerichtlichen Rechtsbehelf einzulegen (Art. 79 DSGVO). Für uns zuständig ist: {authority}',
  art15: {
    intro:
      'wir bestätigen, dass wir personenbezogene Daten über Sie verarbeiten. Nachfolgend erhalten Sie die Informationen nach Art. 15 Abs. 1 und 2 DSGVO sowie eine Kopie Ihrer Daten (Art. 15 Abs. 3 DSGVO).',
    introNoCopy:
      'wir bestätigen, dass wir personenbezogene Daten über Sie verarbeiten. Nachfolgend erhalten Sie die Informationen nach Art. 15 Abs. 1 und 2 DSGVO.',
    negative:
      'wir haben geprüft, ob wir personenbezogene Daten über Sie verarbeiten. Das ist nicht der Fall.',
    activitiesHeading: 'Verarbeitungen Ihrer Daten (Art. 15 Abs. 1 lit. a bis d und g DSGVO)',
    purposes: 'Zwecke der Verarbeitung (lit. a)',
    dataCategories: 'Kategorien personenbezogener Daten (lit. b)',
    recipients: 'Empfänger oder Kategorien von Empfängern (lit. c)',
    processor: 'Auftragsverarbeiter',
    retention: 'Geplante Speicherdauer oder Kriterien für ihre Festlegung (lit. d)',
    source: 'Herkunft der Daten (lit. g)',
    sourceSelf: 'Die Daten haben wir bei Ihnen selbst erhoben.',
    transfersHeading: 'Übermittlung in Drittländer (Art. 15 Abs. 2 DSGVO)',
    noTransfers:
      'Wir übermitteln Ihre Daten nicht in ein Drittland oder an eine internationale Organisation.',
    safeguard: 'Garantie',
    rightsHeading: 'Ihre Rechte (Art. 15 Abs. 1 lit. e DSGVO)',
    rights: [
      'Berichtigung unrichtiger oder Vervollständigung unvollständiger Daten (Art. 16 DSGVO)',
      'Löschung Ihrer Daten (Art. 17 DSGVO)',
      'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
      'Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)',
      'Datenübertragbarkeit (Art. 20 DSGVO)',
    ],
    complaintHeading: 'Beschwerderecht (Art. 15 Abs. 1 lit. f DSGVO)',
    complaint:
      'Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Für uns zuständig ist:',
    automatedHeading: 'Automatisierte Entscheidungsfindung (Art. 15 Abs. 1 lit. h DSGVO)',
    automatedNone:
      'Eine automatisierte Entscheidungsfindung einschließlich Profiling nach Art. 22 Abs. 1 und 4 DSGVO findet nicht statt.',
    copyHeading: 'Kopie Ihrer Daten (Art. 15 Abs. 3 DSGVO)',
    copyFiles:
      'Als Kopie Ihrer personenbezogenen Daten liegen diesem Schreiben folgende Dateien bei:',
    copyDescribed: 'Als Kopie Ihrer personenbezogenen Daten erhalten Sie mit diesem Schreiben:',
    copyNone: 'Diesem Schreiben liegt keine Kopie Ihrer Daten bei.',
    furtherHeading: 'Ergänzende Hinweise',
    none: 'keine Angabe',
  },
};
