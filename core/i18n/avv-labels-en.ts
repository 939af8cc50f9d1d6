import type { AvvExtraLabels, AvvLabels } from './avv-labels';

/** English AVV draft (data processing agreement). Our own wording, structured after Art. 28(3). */
export const avvLabelsEn: Omit<AvvLabels, keyof AvvExtraLabels> = {
  title: 'Data Processing Agreement',
  between: 'between',
  and: 'and',
  controllerRole: '– hereinafter the "Controller" –',
  processorRole: '– hereinafter the "Processor" –',
  roles: { controller: 'Controller', processor: 'Processor' },
  preamble:
    "The Processor processes personal data on behalf of the Controller. This agreement sets out the parties' rights and obligations under Art. 28 GDPR. Annexes I to IV form part of it; in matters of data protection it prevails over any other agreement between the parties.",
  clause: 'Clause',
  clauses: {
    subject: {
      title: 'Subject matter and duration of the processing',
      ref: 'Art. 28(3) first sentence GDPR',
      paragraphs: [
        'The subject matter of this agreement is the following service of the Processor: {service}',
        'Duration of the processing: {duration}',
      ],
    },
    nature: {
      title: 'Nature and purpose, type of personal data, categories of data subjects',
      ref: 'Art. 28(3) first sentence GDPR',
      paragraphs: [
        "The nature and purpose of the processing, the types of personal data and the categories of data subjects are set out in Annex II. The Processor processes the data only for the Controller's processing activities listed there.",
      ],
    },
    controller: {
      title: 'Rights and obligations of the Controller',
      ref: 'Art. 28(3) first sentence, Art. 24 GDPR',
      paragraphs: [
        'The Controller is responsible for the lawfulness of the processing and for safeguarding the rights of data subjects. It gives instructions, may verify compliance with them (Clause {auditsClause}) and informs the Processor without delay of any errors or irregularities it finds in the processing.',
      ],
    },
    instructions: {
      title: 'Processing only on documented instructions',
      ref: 'Art. 28(3)(a), Art. 29 GDPR',
      paragraphs: [
        'The Processor processes the personal data only on documented instructions from the Controller, including with regard to transfers to a third country or an international organisation. Instructions are given in text form; the Controller confirms oral instructions in text form without delay.',
        'Where Union or Member State law requires the Processor to process the data otherwise, it informs the Controller of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest.',
      ],
    },
    unlawfulInstructions: {
      title: 'Instructions that infringe data protection law',
      ref: 'Art. 28(3) second subparagraph GDPR',
      paragraphs: [
        'The Processor informs the Controller immediately if, in its opinion, an instruction infringes the GDPR or other Union or Member State data protection provisions. It may suspend the instruction until the Controller confirms or changes it.',
      ],
    },
    confidentiality: {
      title: 'Confidentiality',
      ref: 'Art. 28(3)(b) GDPR',
      paragraphs: [
        'The Processor ensures that persons authorised to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality. The commitment continues after their work ends.',
      ],
    },
    security: {
      title: 'Security of processing',
      ref: 'Art. 28(3)(c), Art. 32 GDPR',
      paragraphs: [
        'The Processor takes all technical and organisational measures required by Art. 32 GDPR; they are described in Annex III. It may adapt them to technical progress provided the level of protection is not reduced, and informs the Controller of material changes in advance.',
      ],
    },
    subProcessors: {
      title: 'Sub-processors',
      ref: 'Art. 28(3)(d), 28(2) and 28(4) GDPR',
      paragraphs: [
        'The Processor imposes on every sub-processor, by contract, the same data protection obligations as set out in this agreement, in particular sufficient guarantees of appropriate technical and organisational measures. On request it provides the Controller with a copy of such agreements.',
        "Where a sub-processor fails to fulfil its data protection obligations, the Processor remains fully liable to the Controller for the performance of the sub-processor's obligations.",
      ],
    },
    dataSubjectRights: {
      title: 'Assistance with data subject requests',
      ref: 'Art. 28(3)(e) GDPR',
      paragraphs: [
        "Taking into account the nature of the processing, the Processor assists the Controller by appropriate technical and organisational measures, insofar as possible, in responding to requests for exercising the data subject's rights laid down in Chapter III GDPR (Arts. 12 to 22). It forwards requests it receives directly to the Controller without delay and does not answer them itself.",
      ],
    },
    assistance: {
      title: 'Assistance with the obligations of Arts. 32 to 36 GDPR',
      ref: 'Art. 28(3)(f) GDPR',
      paragraphs: [
        'Taking into account the nature of the processing and the information available to it, the Processor assists the Controller with the security of processing, the notification of personal data breaches, data protection impact assessments and prior consultation of the supervisory authority.',
      ],
    },
    breach: {
      title: 'Notification of personal data breaches',
      ref: 'Art. 33(2), Art. 28(3)(f) GDPR',
      paragraphs: [
        'The Processor notifies the Controller of a personal data breach without undue delay{breachDeadline} after becoming aware of it. The notification contains, as far as known, the nature of the breach with the categories and approximate number of data subjects and records concerned, a contact point, the likely consequences and the measures taken or proposed (Art. 33(3) GDPR). Information not yet available is provided in phases.',
      ],
    },
    deletion: {
      title: 'Deletion or return at the end of the service',
      ref: 'Art. 28(3)(g) GDPR',
      paragraphs: [
        'After the end of the provision of services, the Processor, at the choice of the Controller, deletes or returns all personal data and deletes existing copies, unless Union or Member State law requires storage of the data. On request it confirms the deletion in text form.',
      ],
    },
    audits: {
      title: 'Information and audits',
      ref: 'Art. 28(3)(h) GDPR',
      paragraphs: [
        'The Processor makes available to the Controller all information necessary to demonstrate compliance with Art. 28 GDPR, and allows for and contributes to audits, including inspections, conducted by the Controller or another auditor mandated by the Controller.',
        'On-site inspections are announced {auditNoticeDays} days in advance, except where a data protection breach is reasonably suspected. They take place during normal business hours without avoidable disruption. Current audit reports or certificates of independent bodies may serve as evidence.',
      ],
    },
    transfers: {
      title: 'Transfers to third countries',
      ref: 'Art. 28(3)(a), Arts. 44 et seq. GDPR',
      paragraphs: [
        'Personal data is transferred to a third country or an international organisation only on documented instructions from the Controller and only where the conditions of Chapter V GDPR are met.',
      ],
    },
    term: {
      title: 'Term and termination',
      ref: 'Art. 28(3) first sentence GDPR',
      paragraphs: [
        "This agreement takes effect on signature and applies for the duration stated in Clause 1. Either party may terminate it with {noticeDays} days' notice in text form; the right to terminate for good cause without notice remains unaffected.",
        'If the Processor infringes this agreement or data protection law, the Controller may require the processing to be suspended. If compliance is not restored within one month, the Controller may terminate the agreement without notice.',
      ],
    },
    final: {
      title: 'Final provisions',
      ref: 'Art. 28(9) GDPR',
      paragraphs: [
        'This agreement and any amendment must be in writing, which includes electronic form. Should a provision be invalid, the validity of the remaining provisions is unaffected.',
        'Place of jurisdiction: {jurisdiction}. The law of the Federal Republic of Germany applies.',
      ],
    },
  },
  subProcessingSpecific: [
    'The Processor engages another processor only with the prior specific written authorisation of the Controller. The sub-processors authorised at signature are listed in Annex IV. The Processor requests authorisation for any further sub-processor at least {objectionDays} days before engaging it.',
  ],
  subProcessingGeneral: [
    'The Controller gives general written authorisation for the sub-processors listed in Annex IV. The Processor informs the Controller in text form at least {objectionDays} days in advance of any intended addition or replacement. The Controller may object within that period; the change is not made until the objection is resolved.',
  ],
  transfersNone: 'According to the Processor, the data is processed in the EU/EEA.',
  transfersThirdCountry: 'Place of processing: {country}. Basis of the transfer: {safeguard}.',
  annex: 'Annex',
  annexes: {
    i: 'List of parties',
    ii: 'Description of the processing',
    iii: 'Technical and organisational measures (Art. 32 GDPR)',
    iv: 'List of sub-processors',
  },
  party: {
    name: 'Name',
    address: 'Address',
    contact: 'Contact person',
    email: 'E-mail',
    phone: 'Phone',
    representative: 'Represented by',
    dpo: 'Data protection officer',
    country: 'Country of processing',
    countryKind: 'Classification',
    safeguard: 'Transfer safeguard',
    safeguardNote: 'Details of the safeguard',
    tia: 'Transfer impact assessment',
    service: 'Service',
  },
  description: {
    subject: 'Subject matter',
    nature: 'Nature of the processing',
    activities: "Controller's processing activities",
    purposes: 'Purposes of the processing',
    subjects: 'Categories of data subjects',
    dataCategories: 'Categories of personal data',
    sensitive: 'Special categories of personal data (Arts. 9, 10 GDPR)',
    sensitiveNone: 'None',
    sensitiveSafeguards:
      'The measures of Annex III apply to this data with particular strictness (access limited to a narrow group, encryption, logging).',
    duration: 'Duration of the processing',
    subProcessing: 'Sub-processing',
  },
  subProcessor: {
    name: 'Name',
    address: 'Address',
    contact: 'Contact person',
    country: 'Country',
    countryKind: 'Classification',
    safeguard: 'Transfer safeguard',
    safeguardNote: 'Details of the safeguard',
    service: 'Service',
  },
  noSubProcessors: 'No sub-processors are engaged at signature.',
  noneListed: 'not stated',
  tomAreas: {
    zutrittskontrolle: { title: 'Physical access control', goal: 'confidentiality' },
    zugangskontrolle: { title: 'System access control', goal: 'confidentiality' },
    zugriffskontrolle: { title: 'Data access control', goal: 'confidentiality, integrity' },
    weitergabekontrolle: { title: 'Transfer control', goal: 'confidentiality, integrity' },
    eingabekontrolle: { title: 'Input control', goal: 'integrity' },
    auftragskontrolle: { title: 'Job control', goal: 'Art. 28, Art. 32(4) GDPR' },
    verfuegbarkeitskontrolle: { title: 'Availability control', goal: 'availability, resilience' },
    trennungsgebot: { title: 'Separation control', goal: 'purpose limitation' },
    pseudonymisierung: {
      title: 'Pseudonymisation and encryption',
      goal: 'Art. 32(1)(a) GDPR',
    },
    wirksamkeitspruefung: {
      title: 'Restore and regular testing of effectiveness',
      goal: 'Art. 32(1)(c) and (d) GDPR',
    },
  },
  tomIntro:
    'The Processor takes at least the following measures, taking into account the state of the art, the costs of implementation and the nature, scope, context and purposes of processing.',
  countryKinds: {
    eu_eea: 'EU/EEA',
    adequacy: 'Third country with an adequacy decision (Art. 45 GDPR)',
    third_country: 'Third country without an adequacy decision',
  },
  gaps: {
    controllerAddress: "Controller's address",
    controllerContact: "Controller's e-mail or phone",
    controllerRepresentative: "Controller's legal representative",
    processorAddress: "Processor's address",
    processorContact: "Processor's contact person or e-mail",
    processorRepresentative: "Processor's legal representative",
    service: "Processor's service (subject matter)",
    tomArea: 'Measures for "{area}" (or "not applicable" with a reason)',
    tomReason: 'Reason why "{area}" does not apply',
    processorCountry: "Processor's country of processing",
    safeguard: 'Safeguard for the third-country transfer',
    safeguardNote: 'Documentation of the Art. 49 GDPR derogation',
    tia: 'Transfer impact assessment (date or reference)',
    subProcessorCountry: 'Country of the sub-processor "{name}"',
    subProcessorSafeguard: 'Safeguard for the transfer to "{name}"',
    subProcessorSafeguardNote: 'Documentation of the Art. 49 GDPR derogation for "{name}"',
    activities: 'Linked processing activities',
    purposes: 'Purposes of the processing',
    subjects: 'Categories of data subjects',
    dataCategories: 'Categories of personal data',
    duration: 'Duration of the processing',
    jurisdiction: 'Place of jurisdiction',
    place: 'Place of signature',
  },
  missing: '[missing: {what}]',
  inActivity: '{what} (processing activity "{activity}")',
  signatures: 'Signatures',
  signPlaceDate: 'Place, date',
  signName: 'Name, position, signature',
  footer: 'Data processing agreement',
  page: 'Page',
  pageOf: 'of',
  filenameStem: 'DPA-draft',
  generatedBy: 'Privacy Desk',
  specialMarks: { art9: 'Art. 9', art10: 'Art. 10' },
  processorRecipient: 'processor, Art. 28 GDPR',
  authorisation: {
    specific: 'Prior specific authorisation (Annex IV is exhaustive)',
    general: 'General authorisation with a right to object',
  },
  days: 'days',
};
