import type { Language } from './fields';

// Validation texts of the breach log; messages.ts merges them into the one catalogue.
export const breachValidation: Record<Language, Record<string, string>> = {
  de: {
    dateTime: 'Bitte Datum und Uhrzeit angeben.',
    count: 'Bitte eine ganze Zahl ab 0 angeben.',
    breachKinds:
      'Bitte mindestens eine Art der Verletzung wählen (Vertraulichkeit, Integrität, Verfügbarkeit).',
    timeInFuture: 'Der Zeitpunkt liegt in der Zukunft.',
    occurredToBeforeFrom: 'Das Ende liegt vor dem Beginn.',
    awareBeforeOccurrence:
      'Die Kenntnis liegt vor dem Beginn der Verletzung. Bitte Datum und Uhrzeit prüfen.',
    processorAwareAfterNotice:
      'Der Auftragsverarbeiter kann nicht gemeldet haben, bevor er selbst davon wusste.',
    processorNoticeBeforeOccurrence:
      'Die Meldung des Auftragsverarbeiters liegt vor der Verletzung.',
    processorNoticeWithoutProcessor:
      'Bitte den Auftragsverarbeiter wählen, bei dem die Verletzung geschah.',
    unknownCategory: 'Diese Kategorie gehört nicht zu diesem Mandanten.',
    unknownProcessor: 'Dieser Auftragsverarbeiter gehört nicht zu diesem Mandanten.',
    timesAfterNotice:
      'Die Zeiten liegen nach der erfassten Meldung an die Aufsichtsbehörde. Bitte Datum und Uhrzeit prüfen.',
    noticeBeforeAwareness:
      'Die Meldung liegt vor der Kenntnis der Verletzung. Bitte Datum und Uhrzeit prüfen.',
    lateNeedsReason:
      'Die Meldung kommt nach Ablauf der 72 Stunden: Bitte die Gründe für die Verzögerung angeben (Art. 33 Abs. 1 DSGVO).',
    firstNoticeExists:
      'Eine Erstmeldung ist schon erfasst. Weitere Angaben bitte als Nachmeldung erfassen (Art. 33 Abs. 4 DSGVO).',
    followupNeedsFirst: 'Eine Nachmeldung setzt eine Erstmeldung voraus.',
    followupBeforeFirst: 'Die Nachmeldung liegt vor der Erstmeldung.',
    informBeforeAwareness: 'Die Benachrichtigung liegt vor der Kenntnis der Verletzung.',
    noRiskReasons:
      'Bitte begründen, warum die Verletzung voraussichtlich zu keinem Risiko führt: Die Begründung gehört in die Dokumentation (Art. 33 Abs. 5 DSGVO).',
    belowSuggestion:
      'Die Einstufung liegt unter der, die die Kriterien nahelegen. Bitte begründen.',
    art34GroundNeedsHigh: 'Ein Grund nach Art. 34 Abs. 3 DSGVO gilt nur bei hohem Risiko.',
    art34NoteNeeded:
      'Bitte angeben, was den Grund nach Art. 34 Abs. 3 trägt (z. B. Verschlüsselung nach dem Stand der Technik, Schlüssel nicht betroffen).',
    specialCategoriesConcerned:
      'Betroffen sind Daten besonderer Kategorien (Art. 9/10 DSGVO): Dieses Kriterium lässt sich nicht abwählen.',
    notAssessed: 'Vor dem Abschluss bitte das Risiko bewerten.',
    notNotified:
      'Bei einem Risiko ist die Meldung an die Aufsichtsbehörde zu erfassen, bevor die Verletzung abgeschlossen wird (Art. 33 DSGVO).',
    highRiskNotInformed:
      'Bei hohem Risiko sind die betroffenen Personen zu benachrichtigen (Art. 34 DSGVO) oder ein Grund nach Art. 34 Abs. 3 zu erfassen. Bis dahin bleibt die Verletzung offen.',
    publicNeeded:
      'Bei unverhältnismäßigem Aufwand tritt eine öffentliche Bekanntmachung an die Stelle der Benachrichtigung (Art. 34 Abs. 3 lit. c DSGVO). Bitte die Bekanntmachung erfassen.',
    breachClosed: 'Die Verletzung ist abgeschlossen. Zum Ändern bitte zuerst wieder öffnen.',
    breachNotClosed: 'Die Verletzung ist nicht abgeschlossen.',
  },
  en: {
    dateTime: 'Please enter a date and time.',
    count: 'Please enter a whole number of 0 or more.',
    breachKinds:
      'Please choose at least one kind of breach (confidentiality, integrity, availability).',
    timeInFuture: 'The time lies in the future.',
    occurredToBeforeFrom: 'The end is before the start.',
    awareBeforeOccurrence: 'Awareness is before the breach began. Please check the date and time.',
    processorAwareAfterNotice: 'The processor cannot have reported before it knew of the breach.',
    processorNoticeBeforeOccurrence: "The processor's notice is before the breach.",
    processorNoticeWithoutProcessor: 'Please choose the processor at which the breach happened.',
    unknownCategory: 'This category does not belong to this client.',
    unknownProcessor: 'This processor does not belong to this client.',
    timesAfterNotice:
      'The times lie after the recorded notice to the supervisory authority. Please check the date and time.',
    noticeBeforeAwareness:
      'The notice is before awareness of the breach. Please check the date and time.',
    lateNeedsReason:
      'The notice comes after the 72 hours: please give the reasons for the delay (Art. 33(1) GDPR).',
    firstNoticeExists:
      'A first notice is already recorded. Please record further information as a follow-up notice (Art. 33(4) GDPR).',
    followupNeedsFirst: 'A follow-up notice needs a first notice.',
    followupBeforeFirst: 'The follow-up notice is before the first notice.',
    informBeforeAwareness: 'The communication is before awareness of the breach.',
    noRiskReasons:
      'Please explain why the breach is unlikely to result in a risk: the reasons belong in the documentation (Art. 33(5) GDPR).',
    belowSuggestion: 'The level is below what the criteria suggest. Please give the reasons.',
    art34GroundNeedsHigh: 'An Art. 34(3) GDPR ground only applies to a high risk.',
    art34NoteNeeded:
      'Please state what supports the Art. 34(3) ground (e.g. state-of-the-art encryption, key not affected).',
    specialCategoriesConcerned:
      'Special categories of data (Art. 9/10 GDPR) are concerned: this criterion cannot be unticked.',
    notAssessed: 'Please assess the risk before closing.',
    notNotified:
      'With a risk, the notice to the supervisory authority must be recorded before the breach is closed (Art. 33 GDPR).',
    highRiskNotInformed:
      'With a high risk the data subjects must be told (Art. 34 GDPR), or an Art. 34(3) ground recorded. Until then the breach stays open.',
    publicNeeded:
      'With disproportionate effort a public communication takes the place of telling each person (Art. 34(3)(c) GDPR). Please record it.',
    breachClosed: 'The breach is closed. To change it, please reopen it first.',
    breachNotClosed: 'The breach is not closed.',
  },
};
