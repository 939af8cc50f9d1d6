import type { AvvExtraLabels } from './avv-labels';

/**
 * German texts of the AVV draft's third-country part and of the optional clauses the
 * German model contracts carry. Kept apart from avv-labels-de.ts so each file stays short.
 */
export const avvExtraLabelsDe: AvvExtraLabels = {
  optionalClauses: {
    remoteWork: {
      title: 'Mobiles Arbeiten',
      ref: 'Art. 28 Abs. 3 lit. c, Art. 32 DSGVO',
      paragraphs: [
        'Beschäftigte des Auftragsverarbeiters dürfen personenbezogene Daten des Verantwortlichen außerhalb der Betriebsstätte (mobiles Arbeiten, Homeoffice) nur verarbeiten, wenn die Maßnahmen nach Anhang III dort gleichermaßen eingehalten werden, insbesondere verschlüsselte Verbindungen, gesperrte Bildschirme, keine Einsicht durch Dritte und keine Speicherung auf privaten Geräten. Der Auftragsverarbeiter regelt dies schriftlich mit seinen Beschäftigten und weist es auf Verlangen nach.',
      ],
    },
    cooperation: {
      title: 'Zusammenarbeit mit der Aufsichtsbehörde',
      ref: 'Art. 31 DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter arbeitet auf Anfrage mit der Aufsichtsbehörde bei der Erfüllung ihrer Aufgaben zusammen. Er informiert den Verantwortlichen unverzüglich über Kontrollhandlungen und Maßnahmen der Aufsichtsbehörde, soweit sie diesen Auftrag betreffen, es sei denn, dies ist ihm gesetzlich untersagt.',
      ],
    },
    processorRecord: {
      title: 'Verzeichnis des Auftragsverarbeiters',
      ref: 'Art. 30 Abs. 2 und 4 DSGVO',
      paragraphs: [
        'Der Auftragsverarbeiter führt ein Verzeichnis zu allen Kategorien von im Auftrag des Verantwortlichen durchgeführten Tätigkeiten der Verarbeitung nach Art. 30 Abs. 2 DSGVO und stellt es der Aufsichtsbehörde auf Anfrage zur Verfügung. Dem Verantwortlichen überlässt er auf Verlangen die Angaben, die diesen Auftrag betreffen.',
      ],
    },
    liability: {
      title: 'Haftung',
      ref: 'Art. 82 DSGVO',
      paragraphs: [
        'Für Schäden, die eine betroffene Person wegen einer nicht der DSGVO entsprechenden Verarbeitung erleidet, haften die Parteien nach Art. 82 DSGVO. Der Auftragsverarbeiter haftet nur, wenn er seinen speziell den Auftragsverarbeitern auferlegten Pflichten nicht nachgekommen ist oder die rechtmäßig erteilten Weisungen des Verantwortlichen nicht beachtet oder gegen sie gehandelt hat (Art. 82 Abs. 2 Satz 2 DSGVO).',
        'Hat eine Partei einer betroffenen Person vollständigen Schadenersatz geleistet, kann sie von der anderen Partei den Teil zurückfordern, der deren Anteil an der Verantwortung für den Schaden entspricht (Art. 82 Abs. 5 DSGVO).',
      ],
    },
  },
  breachWithin: ', spätestens jedoch innerhalb von {breachNoticeHours} Stunden',
  transfer: {
    own: 'Ort der Verarbeitung: {country}. Grundlage der Übermittlung: {safeguard}.',
    scc2: 'Für die Übermittlung an den Auftragsverarbeiter gelten die Standardvertragsklauseln der Europäischen Kommission für die Übermittlung personenbezogener Daten an Drittländer (Durchführungsbeschluss (EU) 2021/914 vom 4. Juni 2021), Modul 2 (Übermittlung von Verantwortlichen an Auftragsverarbeiter), die die Parteien gesondert abschließen. Sie gehen diesem Vertrag bei Widersprüchen vor (Klausel 5 der Standardvertragsklauseln).',
    scc2Onward:
      'Weiterübermittlungen durch den Auftragsverarbeiter sind nur unter den Voraussetzungen der Klausel 8.8 der Standardvertragsklauseln (Modul 2) zulässig.',
    note: 'Angaben zur Garantie: {note}',
    tia: 'Transfer Impact Assessment (Beurteilung des Rechts und der Praxis im Drittland nach Art. 46 DSGVO, EuGH C-311/18): {tia}.',
    onward:
      'Der Auftragsverarbeiter setzt folgende Unterauftragsverarbeiter außerhalb der EU bzw. des EWR ein (Weiterübermittlung; Einzelheiten in Anhang IV):',
    onwardItem: '{name} – {country} – Grundlage: {safeguard}',
    scc3: 'Übermittelt der Auftragsverarbeiter Daten an einen Unterauftragsverarbeiter in einem Drittland ohne Angemessenheitsbeschluss, vereinbart er mit diesem die Standardvertragsklauseln nach dem Durchführungsbeschluss (EU) 2021/914, Modul 3 (Übermittlung von Auftragsverarbeitern an Auftragsverarbeiter), soweit die Übermittlung nicht auf eine andere Garantie nach Art. 46 DSGVO gestützt ist, und weist dies dem Verantwortlichen auf Verlangen nach.',
    tiaDone: 'durchgeführt am {date}',
    tiaReference: 'Referenz: {reference}',
  },
  tomNotApplicable: 'Nicht anwendbar: {reason}',
  draftVersion: 'Entwurf Nr. {version} vom {date}',
  draftUndated: 'Entwurf vom {date}',
  blankPlace: '______________________',
};
