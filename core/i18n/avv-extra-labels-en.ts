import type { AvvExtraLabels } from './avv-labels';

/**
 * English texts of the draft's third-country part and of the optional clauses the German
 * model contracts carry. Kept apart from avv-labels-en.ts so each file stays short.
 */
export const avvExtraLabelsEn: AvvExtraLabels = {
  optionalClauses: {
    remoteWork: {
      title: 'Remote work',
      ref: 'Art. 28(3)(c), Art. 32 GDPR',
      paragraphs: [
        "The Processor's staff may process the Controller's personal data outside its premises (remote work, home office) only where the measures of Annex III are kept there to the same standard, in particular encrypted connections, locked screens, no view by third parties and no storage on private devices. The Processor lays this down in writing with its staff and demonstrates it on request.",
      ],
    },
    cooperation: {
      title: 'Cooperation with the supervisory authority',
      ref: 'Art. 31 GDPR',
      paragraphs: [
        'The Processor cooperates, on request, with the supervisory authority in the performance of its tasks. It informs the Controller without delay of inspections and measures of the supervisory authority insofar as they concern this agreement, unless the law prohibits it.',
      ],
    },
    processorRecord: {
      title: "The Processor's record of processing activities",
      ref: 'Art. 30(2) and (4) GDPR',
      paragraphs: [
        'The Processor maintains a record of all categories of processing activities carried out on behalf of the Controller under Art. 30(2) GDPR and makes it available to the supervisory authority on request. On request it gives the Controller the entries concerning this agreement.',
      ],
    },
    liability: {
      title: 'Liability',
      ref: 'Art. 82 GDPR',
      paragraphs: [
        'The parties are liable under Art. 82 GDPR for damage a data subject suffers as a result of processing that infringes the GDPR. The Processor is liable only where it has not complied with obligations of the GDPR specifically directed to processors or where it has acted outside or contrary to lawful instructions of the Controller (Art. 82(2), second sentence, GDPR).',
        'Where a party has paid full compensation to a data subject, it may claim back from the other party that part of the compensation corresponding to the other party’s part of responsibility for the damage (Art. 82(5) GDPR).',
      ],
    },
  },
  breachWithin: ' and in any event within {breachNoticeHours} hours',
  transfer: {
    own: 'Place of processing: {country}. Basis of the transfer: {safeguard}.',
    scc2: "For the transfer to the Processor, the parties conclude, as a separate document, the European Commission's standard contractual clauses for the transfer of personal data to third countries (Implementing Decision (EU) 2021/914 of 4 June 2021), Module Two (transfer controller to processor). They prevail over this agreement in case of conflict (Clause 5 of the standard contractual clauses).",
    scc2Onward:
      'Onward transfers by the Processor are permitted only under the conditions of Clause 8.8 of the standard contractual clauses (Module Two).',
    note: 'Details of the safeguard: {note}',
    tia: 'Transfer impact assessment (assessment of the law and practice of the third country under Art. 46 GDPR, CJEU C-311/18): {tia}.',
    onward:
      'The Processor engages the following sub-processors outside the EU/EEA (onward transfer; details in Annex IV):',
    onwardItem: '{name} – {country} – basis: {safeguard}',
    scc3: 'Where the Processor transfers data to a sub-processor in a third country without an adequacy decision, it agrees with that sub-processor the standard contractual clauses under Implementing Decision (EU) 2021/914, Module Three (transfer processor to processor), unless the transfer relies on another safeguard under Art. 46 GDPR, and demonstrates this to the Controller on request.',
    tiaDone: 'carried out on {date}',
    tiaReference: 'reference: {reference}',
  },
  tomNotApplicable: 'Not applicable: {reason}',
  draftVersion: 'Draft no. {version} of {date}',
  draftUndated: 'Draft of {date}',
  blankPlace: '______________________',
};
