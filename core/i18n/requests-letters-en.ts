import type { RequestLetterTexts } from './requests-letters';

/** English letters to data subjects. */
export const requestLettersEn: RequestLetterTexts = {
  kinds: {
    access: 'Access (Art. 15 GDPR)',
    rectification: 'Rectification (Art. 16 GDPR)',
    erasure: 'Erasure (Art. 17 GDPR)',
    restriction: 'Restriction of processing (Art. 18 GDPR)',
    portability: 'Data portability (Art. 20 GDPR)',
    objection: 'Objection (Art. 21 GDPR)',
    consent_withdrawal: 'Withdrawal of consent (Art. 7(3) GDPR)',
    other: 'Data protection request',
  },
  kindsAs: {
    access: 'a request for access (Art. 15 GDPR)',
    rectification: 'a request for rectification (Art. 16 GDPR)',
    erasure: 'a request for erasure (Art. 17 GDPR)',
    restriction: 'a request for restriction of processing (Art. 18 GDPR)',
    portability: 'a request for data portability (Art. 20 GDPR)',
    objection: 'an objection (Art. 21 GDPR)',
    consent_withdrawal: 'a withdrawal of consent (Art. 7(3) GDPR)',
    other: 'a general data protection request',
  },
  subjects: {
    acknowledgement: 'Acknowledgement of your request',
    identification: 'Please confirm your identity',
    extension: 'Extension of the time limit for answering your request',
    interim: 'Interim notice on your request',
    art15: 'Access under Art. 15 GDPR',
    confirmation: 'Reply to your request',
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
    'We confirm receipt of your request of {received}, which we are handling as {kindAs}.',
    'We will answer without undue delay and by {due} at the latest (Art. 12(3) GDPR). This is free of charge for you.',
  ],
  identification: [
    'So that we do not disclose your data to someone else, please confirm your identity (Art. 12(6) GDPR).',
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
    access: 'We have given you access in answer to your request of {received}.',
    rectification:
      'We have rectified your personal data as you asked on {received} (Art. 16 GDPR).',
    erasure: 'We have erased your personal data as you asked on {received} (Art. 17 GDPR).',
    restriction:
      'We have restricted the processing of your personal data as you asked on {received} (Art. 18 GDPR).',
    portability:
      'We provide the data you gave us in a structured, commonly used and machine-readable format (Art. 20 GDPR).',
    objection:
      'We have acted on your objection of {received} and no longer process your data to that extent (Art. 21 GDPR).',
    consent_withdrawal:
      'We have acted on your withdrawal of {received}. Processing before the withdrawal remains lawful (Art. 7(3) GDPR).',
    other: 'We have dealt with your request of {received}.',
  },
  corrections: 'We have corrected or completed:',
  erasure: {
    partialIntro:
      'We have dealt with your request for erasure of {received} (Art. 17 GDPR). In detail:',
    groups: {
      deleted: 'We have erased:',
      retained:
        'We must keep the following data because the law requires us to retain it; to that extent there is no right to erasure (Art. 17(3)(b) GDPR). We have restricted this data: we use it only to meet the retention duty and erase it when the period ends.',
      restricted:
        'We have not erased the following data but restricted its processing (Art. 18 GDPR, Section 35 BDSG). We only store it and no longer use it for other purposes:',
    },
  },
  restriction: {
    grounds: {
      accuracy:
        'You contest the accuracy of your data. The restriction applies until we have verified its accuracy (Art. 18(1)(a) GDPR).',
      unlawful:
        'The processing is unlawful and you asked for restriction instead of erasure (Art. 18(1)(b) GDPR).',
      legal_claims:
        'We no longer need the data, but you need it for the establishment, exercise or defence of legal claims (Art. 18(1)(c) GDPR).',
      objection:
        'You have objected to the processing. The restriction applies until it is established whether our legitimate grounds override yours (Art. 18(1)(d) GDPR).',
    },
    data: 'The processing of the following data is restricted:',
    effect:
      'We continue to store this data, but process it only with your consent, for the establishment, exercise or defence of legal claims, for the protection of the rights of another person or for reasons of important public interest (Art. 18(2) GDPR). We will inform you before the restriction is lifted (Art. 18(3) GDPR).',
  },
  objection: {
    types: {
      direct_marketing:
        'We have acted on your objection of {received} to the processing of your data for direct marketing. We no longer process your data for such purposes (Art. 21(2) and (3) GDPR).',
      particular_situation:
        'We have examined your objection of {received} and no longer process your data to that extent (Art. 21(1) GDPR).',
    },
    stopped: 'We have stopped:',
  },
  portabilityFiles: 'Your data is enclosed with this letter as the following files:',
  art19Intro:
    'We have informed the following recipients to whom your data was disclosed (Art. 19 GDPR):',
  refusalIntro: 'Regarding your request of {received}, we inform you as follows:',
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
    art17_3:
      'We cannot erase your data at present because an exception under Art. 17(3) GDPR applies, such as a statutory retention duty (point (b)) or the establishment, exercise or defence of legal claims (point (e)). The reason in your case is set out below. We use the data only for that purpose and erase it once the reason no longer applies.',
    art21_1:
      'We continue the processing because there are compelling legitimate grounds for it which override your interests, rights and freedoms, or because it serves the establishment, exercise or defence of legal claims (Art. 21(1), second sentence, GDPR).',
  },
  remedies:
    'You have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR) and to an effective judicial remedy (Art. 79 GDPR). The authority competent for us is: {authority}',
  art15: {
    intro:
      'We confirm that we process personal data concerning you. Below you will find the information under Art. 15(1) and (2) GDPR and a copy of your data (Art. 15(3) GDPR).',
    introNoCopy:
      'We confirm that we process personal data concerning you. Below you will find the information under Art. 15(1) and (2) GDPR.',
    negative: 'We have checked whether we process personal data concerning you. We do not.',
    activitiesHeading: 'Processing of your data (Art. 15(1)(a) to (d) and (g) GDPR)',
    purposes: 'Purposes of the processing (a)',
    dataCategories: 'Categories of personal data (b)',
    recipients: 'Recipients or categories of recipients (c)',
    processor: 'processor',
    retention: 'Envisaged storage period or the criteria used to determine it (d)',
    source: 'Source of the data (g)',
    sourceSelf: 'We collected the data from you.',
    transfersHeading: 'Transfers to third countries (Art. 15(2) GDPR)',
    noTransfers:
      'We do not transfer your data to a third country or an international organisation.',
    safeguard: 'Safeguard',
    rightsHeading: 'Your rights (Art. 15(1)(e) GDPR)',
    rights: [
      'Rectification of inaccurate or completion of incomplete data (Art. 16 GDPR)',
      'Erasure of your data (Art. 17 GDPR)',
      'Restriction of processing (Art. 18 GDPR)',
      'Objection to the processing (Art. 21 GDPR)',
      'Data portability (Art. 20 GDPR)',
    ],
    complaintHeading: 'Right to lodge a complaint (Art. 15(1)(f) GDPR)',
    complaint:
      'You may lodge a complaint with a supervisory authority (Art. 77 GDPR). The authority competent for us is:',
    automatedHeading: 'Automated decision-making (Art. 15(1)(h) GDPR)',
    automatedNone:
      'There is no automated decision-making, including profiling, under Art. 22(1) and (4) GDPR.',
    copyHeading: 'Copy of your data (Art. 15(3) GDPR)',
    copyFiles:
      'As a copy of your personal data, the following files are enclosed with this letter:',
    copyDescribed: 'As a copy of your personal data, we enclose with this letter:',
    copyNone: 'No copy of your data is enclosed with this letter.',
    furtherHeading: 'Further information',
    none: 'not stated',
  },
};
