import { Paragraph } from 'docx';
import { fillText } from '../i18n/breach-texts';
import { bulletList, run, textParagraphs } from './docx-parts';
import {
  buildDocument,
  frameOf,
  controllerContact,
  dpoLine,
  formatBerlin,
  heading,
  letterHead,
  para,
  signature,
  textsOf,
  type Block,
  type BreachDocumentInput,
} from './breach-parts';

// The letter to the data subjects (Art. 34(2) GDPR): in clear and plain language, the
// nature of the breach, the contact point, the likely consequences, the measures taken and
// what the person can do, and the authority to complain to. One letter for every person
// concerned: it is addressed to no one in particular and names no other person.

const userText = (value: string): Block[] => (value.trim() ? textParagraphs(value, '') : []);

export function subjectsLetterDocument(input: BreachDocumentInput) {
  const { breach: b, client: client, authority, language } = input;
  const tt = textsOf(language);
  const t = tt.letter;
  const authorityName = language === 'de' ? authority.name : authority.nameEn;
  const dpo = dpoLine(client);
  const advice = [...(b.starter ? (t.advice[b.starter] ?? []) : []), ...t.adviceGeneral];
  const from = formatBerlin(b.occurredFrom, language);
  const to = formatBerlin(b.occurredTo, language);
  const when = !b.occurredFrom
    ? []
    : [
        para(
          to ? fillText(t.whenOccurredRange, { from, to }) : fillText(t.whenOccurred, { at: from }),
        ),
      ];
  // No article numbers for the persons: "specially protected data" says what they need.
  const dataName = (d: (typeof b.data)[number]) =>
    d.special === 'none' ? d.name : `${d.name} (${t.specialMark})`;
  const children: Block[] = [
    ...letterHead(input, [], t.subject, [fillText(tt.ourReference, { ref: b.reference })]),
    new Paragraph({ spacing: { before: 240 }, children: [run(t.salutation)] }),
    para(t.intro),
    heading(t.what),
    ...userText(b.description),
    ...when,
    para(fillText(t.whenAware, { at: formatBerlin(b.awareAt, language) })),
    ...(b.data.length ? [para(t.whichData), ...bulletList(b.data.map(dataName), '')] : []),
    heading(t.consequences),
    ...userText(b.consequences),
    heading(t.measures),
    ...userText(b.measuresTaken),
    ...userText(b.measuresProposed),
    heading(t.selfHelp),
    ...bulletList(advice, ''),
    heading(t.contact),
    para(
      dpo
        ? fillText(t.contactDpo, { contact: dpo })
        : fillText(t.contactController, {
            contact: [client.name, controllerContact(client)].filter(Boolean).join(', '),
          }),
    ),
    para(
      fillText(t.complaint, {
        authority: [authorityName, ...authority.address, authority.website].join(', '),
      }),
    ),
    ...signature(input, t.closing),
  ];
  return buildDocument(frameOf(input), 'subjects', [{ children }]);
}
