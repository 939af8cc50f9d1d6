import type { DsarLetterTexts } from './dsar-letters';

/** English letters to data subjects. */
export const dsarLettersEn: DsarLetterTexts = {
  kinds: {
    access: 'access (Art. 15 GDPR)',
    rectification: 'rectification (Art. 16 GDPR)',
    erasure: 'erasure (Art. 17 GDPR)',
    restriction: 'restriction of processing (Art. 18 GDPR)',
    portability: 'data portability (Art. 20 GDPR)',
    objection: 'objection (Art. 21 GDPR)',
    consent_withdrawal: 'withdrawal of consent (Art. 7(3) GDPR)',
    other: 'data protection request',
  },
  subjects: {
    acknowledgement: 'Acknowledgement of your request',
    identification: 'Please confirm your identity',
    extension: 'Extension of the time limit for answering your request',
    interim: 'Interim notice on your request',
    art15: 'Access under Art. 15 GDPR',
    confirmation: 'Confirmation that your request has been carried out',
    refusal: 'Your request under the GDPR',
  },
  yourRequest: 'Your request of {date}: {kind}',
  reference: 'Our reference: {ref}',
  dueLine: 'Time limit for the answer: {due}',
  salutation: 'Dear {name},',
  closing: 'Yours sincerely',
  dpoContact: 'Our data protection officer: {dpo}',
  page: 'Page',
  pageOf: 'of',
  filenameStem: {
    acknowledgement: 'Acknowledgement',
    identification: 'Identity_check',
    extension: 'Extension',
    interim: 'Interim_notice',
    art15: 'Access_Art15',
    confirmation: 'Confirmation',
    refusal: 'Refusal',
  },
  acknowledgement: [
    'we confirm receipt of your request of {received}, which we are handling as a request for {kind}.',
    'We will answer without undue delay and by {due} at the latest (Art. 12(3) GDPR). This is free of charge for you.',
  ],
  identification: [
    'so that we do not disclose your data to someone else, please confirm your identity (Art. 12(6) GDPR).',
    'Please reply from the e-mail address you use with us, or give us your customer or contract number and a detail only you can know (e.g. the date and amount of your last invoice). Name and date of birth alone are not enough.',
    'We use this information only to check your identity. The time limit keeps running: we will answer by {due} at the latest.',
  ],
  extension: [
    'We cannot fully answer your request of {received} within one month. Reason: {reason}',
    'We therefore extend the time limit by two further months under Art. 12(3), second sentence, GDPR. We will answer by {due} at the latest.',
  ],
  interim: [
    'Your request of {received} is being processed. {note}',
    'We will answer by {due} at the latest.',
  ],
  confirmation: {
    access: 'we have given you access in answer to your request of {received}.',
    rectification:
      'we have rectified your personal data as you asked on {received} (Art. 16 GDPR).',
    erasure: 'we have erased your personal data as you asked on {received} (Art. 17 GDPR).',
    restriction:
      'we have restricted the processing of your personal data as you asked on {received} (Art. 18 GDPR).',
    portability:
      'we provide the data you gave us in a structured, commonly used and machine-readable format (Art. 20 GDPR).',
    objection:
      'we have acted on your objection of {received} and no longer process your data to that extent (Art. 21 GDPR).',
    consent_withdrawal:
      'we have acted on your withdrawal of {received}. Processing before the withdrawal remains lawful (Art. 7(3) GDPR).',
    other: 'we have dealt with your request of {received}.',
  },
  art19Intro:
    'We have informed the following recipients to whom your data was disclosed (Art. 19 GDPR):',
  refusalIntro: 'regarding your request of {received} ({kind}):',
  refusalGrounds: {
    art12_5:
      'We will not act on your request because it is manifestly unfounded or excessive, in particular because of its repetitive character (Art. 12(5)(b) GDPR).',
    art11:
      'We are not in a position to identify you as the data subject (Art. 11(2), Art. 12(2) GDPR). If you give us additional information that enables your identification, we will gladly handle your request.',
    bdsg27:
      'Your rights are restricted where exercising them would render impossible or seriously impair research or statistical purposes (Section 27(2) BDSG).',
    bdsg28:
      'Your rights are restricted where exercising them would render impossible or seriously impair archiving purposes in the public interest (Section 28 BDSG).',
    bdsg29:
      'Access is not given where it would disclose information that must be kept secret by law or by its nature, in particular because of overriding legitimate interests of third parties (Section 29(1) BDSG).',
    bdsg34:
      'Access is not given because the data is stored only under statutory or by-law retention duties, or only for data backup or data protection control, answering would require disproportionate effort, and processing for other purposes is excluded by technical and organisational measures (Section 34(1) no. 2 BDSG).',
  },
  remedies:
    'You have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR) and to an effective judicial remedy (Art. 79 GDPR). The authority competent for us is: {authority}',
  art15: {
    intro:
      'we confirm that we process personal data concerning you. Below you find the information under Art. 15(1) and (2) GDPR and a copy of your data (Art. 15(3) GDPR).',
    negative: 'we have checked whether we process personal data concerning you. We do not.',
    activitiesHeading: 'Processing of your data (Art. 15(1)(a) to (d) and (g) GDPR)',
    purposes: 'Purposes of the processing (a)',
    dataCategories: 'Categories of personal data (b)',
    recipients: 'Recipients or categories of recipients (c)',
    retention: 'Envisaged storage period or the criteria used to determine it (d)',
    source: 'Source of the data (g)',
    sourceSelf: 'We collected the data from you.',
    transfersHeading: 'Transfers to third countries (Art. 15(2) GDPR)',
    noTransfers:
      'We do not transfer your data to a third country or an international organisation.',
    safeguard: 'Safeguard',
    rightsHeading: 'Your rights (Art. 15(1)(e) GDPR)',
    rights: [
      'rectification of inaccurate or completion of incomplete data (Art. 16 GDPR)',
      'erasure of your data (Art. 17 GDPR)',
      'restriction of processing (Art. 18 GDPR)',
      'objection to the processing (Art. 21 GDPR)',
      'data portability (Art. 20 GDPR)',
    ],
    complaintHeading: 'Right to lodge a complaint (Art. 15(1)(f) GDPR)',
    complaint:
      'You may lodge a complaint with a supervisory authority (Art. 77 GDPR). The authority competent for us is:',
    automatedHeading: 'Automated decision-making (Art. 15(1)(h) GDPR)',
    automatedNone:
      'There is no automated decision-making, including profiling, under Art. 22(1) and (4) GDPR.',
    copyHeading: 'Copy of your data (Art. 15(3) GDPR)',
    copyIntro: 'As a copy of your personal data, this letter comes with:',
    noCopyFiles: 'No enclosures.',
    furtherHeading: 'Further information',
    none: 'not stated',
  },
};
