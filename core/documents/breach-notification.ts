import { Paragraph } from 'docx';
import { fillText } from '../i18n/breach-texts';
import { bulletList, labelValueTable, run } from './docx-parts';
import { postalAddress } from './postal-address';
import {
  buildDocument,
  frameOf,
  controllerContact,
  countText,
  dataLabel,
  dpoLine,
  formatBerlin,
  heading,
  letterHead,
  occurredText,
  para,
  signature,
  textsOf,
  type Block,
  type BreachDocumentInput,
} from './breach-parts';

// The notification to the client's supervisory authority (Art. 33 GDPR): every item of
// Art. 33(3)(a)-(d) under its own heading, as label | value tables that can be copied into
// the authority's online form field by field, or sent as a letter to its address.

const lines = (items: readonly string[]) => items.filter(Boolean).join('\n');

function timesTable(input: BreachDocumentInput): Block[] {
  const { breach: b, language } = input;
  const t = textsOf(language).notification;
  const first = b.notices.find((n) => n.kind === 'first');
  const rows: [string, string][] = [
    [t.occurred, occurredText(b, language)],
    [t.aware, formatBerlin(b.awareAt, language)],
  ];
  if (b.atProcessor) rows.push([t.processorAt, b.atProcessor.name]);
  if (b.processorNoticeAt)
    rows.push([t.processorNotice, formatBerlin(b.processorNoticeAt, language)]);
  rows.push([t.deadline, formatBerlin(b.deadlines.authorityBy, language)]);
  const blocks: Block[] = [heading(t.times), labelValueTable(rows, t.empty)];
  // Art. 33(1): a notification after 72 hours is accompanied by the reasons for the delay.
  if (b.deadlines.late) {
    blocks.push(
      labelValueTable([[t.delayReason, first?.delayReason.trim() || t.delayMissing]], t.empty),
    );
  }
  return blocks;
}

function natureBlocks(input: BreachDocumentInput): Block[] {
  const { breach: b, language } = input;
  const tt = textsOf(language);
  const t = tt.notification;
  const rows: [string, string][] = [
    [t.kind, lines(b.kinds.map((k) => tt.kinds[k]))],
    [t.description, b.description],
    [t.systems, b.systems],
    [t.subjects, lines(b.subjects.map((s) => s.name))],
    [t.subjectsCount, countText(b.subjectsCount, language)],
    [t.data, lines(b.data.map(dataLabel))],
    [t.recordsCount, countText(b.recordsCount, language)],
  ];
  if (b.countNote.trim()) rows.push([t.countNote, b.countNote]);
  return [heading(t.a), labelValueTable(rows, t.empty)];
}

function contactBlocks(input: BreachDocumentInput): Block[] {
  const { client: client, language, signer } = input;
  const t = textsOf(language).notification;
  const dpo = [client.dpoName, client.dpoEmail, client.dpoPhone, client.dpoAddress]
    .map((s) => s.trim())
    .filter(Boolean);
  // Without a DPO on file the contact point is the signer at the client.
  const row: [string, string] = dpoLine(client)
    ? [t.dpo, lines(dpo)]
    : [t.noDpo, lines([signer.name, signer.role, client.name, controllerContact(client)])];
  return [heading(t.b), labelValueTable([row], t.empty)];
}

function consequenceBlocks(input: BreachDocumentInput): Block[] {
  const { breach: b, language } = input;
  const tt = textsOf(language);
  const t = tt.notification;
  const assessment = b.assessment
    ? lines([tt.levels[b.assessment.level], b.assessment.reasons])
    : t.notAssessed;
  return [
    heading(t.c),
    labelValueTable(
      [
        [t.consequences, b.consequences],
        [t.assessment, assessment],
      ],
      t.empty,
    ),
  ];
}

function subjectsLine(input: BreachDocumentInput): string {
  const { breach: b, language } = input;
  const tt = textsOf(language);
  const t = tt.notification;
  if (b.subjectsInformed) {
    return fillText(t.informedOn, {
      at: formatBerlin(b.subjectsInformed.at, language),
      channel: tt.informChannels[b.subjectsInformed.channel],
    });
  }
  const a = b.assessment;
  if (a?.art34Ground) return fillText(t.informGround, { ground: tt.art34Grounds[a.art34Ground] });
  if (a && a.level !== 'high') return t.informNotNeeded;
  return t.informPlanned;
}

function measureBlocks(input: BreachDocumentInput): Block[] {
  const { breach: b, language } = input;
  const t = textsOf(language).notification;
  return [
    heading(t.d),
    labelValueTable(
      [
        [t.measuresTaken, b.measuresTaken],
        [t.measuresProposed, b.measuresProposed],
        [t.subjectsInformed, subjectsLine(input)],
      ],
      t.empty,
    ),
  ];
}

function phaseBlocks(input: BreachDocumentInput): Block[] {
  const { breach: b, language } = input;
  const tt = textsOf(language);
  const t = tt.notification;
  const earlier = b.notices.map((n) =>
    [
      `${tt.noticeKinds[n.kind]}: ${formatBerlin(n.at, language)}`,
      tt.noticeChannels[n.channel],
      n.reference ? fillText(tt.yourReference, { ref: n.reference }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  return [
    heading(t.phases),
    ...(earlier.length ? [para(t.earlier), ...bulletList(earlier, t.empty)] : []),
    para(t.phasesPending),
  ];
}

export function notificationDocument(input: BreachDocumentInput) {
  const { breach: b, client: client, authority, language } = input;
  const tt = textsOf(language);
  const t = tt.notification;
  const first = b.notices.find((n) => n.kind === 'first');
  const followup = first !== undefined;
  const authorityName = language === 'de' ? authority.name : authority.nameEn;
  const references = [
    fillText(tt.ourReference, { ref: b.reference }),
    ...(first?.reference ? [fillText(tt.yourReference, { ref: first.reference })] : []),
  ];
  const controller = labelValueTable(
    [
      [t.controllerName, client.name],
      [t.address, postalAddress(client)],
      [t.contact, controllerContact(client)],
    ],
    t.empty,
  );
  const children: Block[] = [
    ...letterHead(
      input,
      [authorityName, ...authority.address],
      followup ? t.subjectFollowup : t.subjectFirst,
      references,
    ),
    new Paragraph({ spacing: { before: 240 }, children: [run(b.title, { bold: true })] }),
    new Paragraph({ spacing: { before: 240 }, children: [run(t.salutation)] }),
    para(
      followup ? fillText(t.introFollowup, { date: formatBerlin(first.at, language) }) : t.intro,
    ),
    heading(t.controller),
    controller,
    ...timesTable(input),
    ...natureBlocks(input),
    ...contactBlocks(input),
    ...consequenceBlocks(input),
    ...measureBlocks(input),
    ...phaseBlocks(input),
    ...signature(input, t.closing),
  ];
  return buildDocument(frameOf(input), 'authority', [{ children }]);
}
