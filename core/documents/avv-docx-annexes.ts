import { HeadingLevel, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { AvvAnnexKey } from '../i18n/avv-labels';
import type { AvvView } from './avv-data';
import { gapMarker } from './avv-data';
import {
  bulletList,
  cleanText,
  emptyParagraph,
  fieldLabel,
  labelValueTable,
  run,
  signatureLine,
  styleIds,
  textParagraphs,
} from './docx-parts';

// Signatures and the four annexes of the AVV draft, laid out like the Commission's
// clauses 2021/915: I parties, II description, III TOMs, IV sub-processors.

type Block = Paragraph | Table;

const annexNumbers: Record<AvvAnnexKey, string> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV' };

/** "Anhang III – Technische und organisatorische Maßnahmen (Art. 32 DSGVO)" */
export function annexHeading(view: AvvView, key: AvvAnnexKey): string {
  return `${view.labels.annex} ${annexNumbers[key]} – ${view.labels.annexes[key]}`;
}

function annexTitle(view: AvvView, key: AvvAnnexKey): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    text: cleanText(annexHeading(view, key)),
  });
}

/**
 * Each party signs in its own place: the controller's from the options, the processor's
 * blank. A party's block (name, place and date, the line, who signs) is kept on one page.
 */
export function signatureBlocks(view: AvvView): Block[] {
  const l = view.labels;
  const line = '______________________________';
  const block = (role: string, name: string, place: string): Block[] => [
    fieldLabel(`${role}: ${name}`),
    new Paragraph({
      keepNext: true,
      children: [run(`${l.signPlaceDate}: `, { bold: true }), run(`${place}, ${line}`)],
    }),
    signatureLine(line, true),
    new Paragraph({ style: styleIds.small, children: [run(l.signName)] }),
  ];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: cleanText(l.signatures) }),
    ...block(l.roles.controller, view.controller.name, view.options.place),
    ...block(l.roles.processor, view.processor.name, l.blankPlace),
  ];
}

function partiesAnnex(view: AvvView): Block[] {
  const { labels: l, controller: c, processor: p } = view;
  const empty = l.noneListed;
  const rows: [string, string][] = [
    [l.party.name, c.name],
    // One line each for street, town and country, as on an envelope.
    [l.party.address, c.addressLines.join('\n')],
    [l.party.representative, c.representative],
    [l.party.email, c.email],
    [l.party.phone, c.phone],
    [l.party.dpo, c.dpo],
  ];
  const outside = view.transfers.own !== null;
  const processorRows: [string, string][] = [
    [l.party.name, p.name],
    [l.party.address, p.addressLines.join('\n')],
    [l.party.representative, p.representative],
    [l.party.contact, p.contact],
    [l.party.dpo, p.dpo],
    [l.party.country, p.country],
    [l.party.countryKind, p.countryKind],
    ...(outside
      ? ([
          [l.party.safeguard, p.safeguard],
          [l.party.safeguardNote, p.safeguardNote],
        ] as [string, string][])
      : []),
    ...(view.transfers.needsTia ? [[l.party.tia, p.tia] as [string, string]] : []),
    [l.party.service, p.service],
  ];
  return [
    annexTitle(view, 'i'),
    fieldLabel(l.roles.controller),
    labelValueTable(rows, empty),
    fieldLabel(l.roles.processor),
    labelValueTable(processorRows, empty),
  ];
}

/** Annex II: subject, nature, each purpose on its own, data subjects and data, duration. */
function descriptionAnnex(view: AvvView): Block[] {
  const { labels: l } = view;
  const d = l.description;
  const indented = (text: string) => new Paragraph({ bullet: { level: 1 }, children: [run(text)] });
  const purposes = view.activities.flatMap((a) => [
    new Paragraph({
      bullet: { level: 0 },
      keepNext: true,
      children: [run(a.name, { bold: true })],
    }),
    ...a.purposeList.map(indented),
  ]);
  const data = view.dataCategories.map((c) => (c.special ? `${c.name} (${c.special})` : c.name));
  // The last three short items travel together, so none is left alone on a page before
  // Annex III.
  const keepNext = true;
  return [
    annexTitle(view, 'ii'),
    fieldLabel(d.subject),
    ...textParagraphs(view.processor.service, l.noneListed),
    fieldLabel(`${d.nature} – ${d.activities}`),
    ...bulletList(
      view.activities.map((a) => a.name),
      gapMarker(view, 'activities'),
    ),
    fieldLabel(d.purposes),
    ...(purposes.length > 0 ? purposes : [emptyParagraph(gapMarker(view, 'activities'))]),
    fieldLabel(d.subjects),
    ...bulletList(
      view.subjects.map((s) => s.name),
      gapMarker(view, 'subjects'),
    ),
    fieldLabel(d.dataCategories),
    ...bulletList(data, gapMarker(view, 'dataCategories')),
    fieldLabel(d.sensitive),
    ...(view.sensitive.length > 0
      ? [
          ...bulletList(view.sensitive, ''),
          new Paragraph({ keepNext, children: [run(d.sensitiveSafeguards)] }),
        ]
      : [new Paragraph({ keepNext, children: [run(d.sensitiveNone)] })]),
    fieldLabel(d.duration),
    new Paragraph({ keepNext, children: [run(view.options.duration)] }),
    fieldLabel(d.subProcessing),
    new Paragraph({
      children: [run(`${view.options.authorisation} (${view.options.objectionDays} ${l.days})`)],
    }),
  ];
}

/** Annex III: every area, with its measures, "not applicable" and why, or the gap. */
function tomAnnex(view: AvvView): Block[] {
  const l = view.labels;
  const blocks: Block[] = [annexTitle(view, 'iii'), new Paragraph({ children: [run(l.tomIntro)] })];
  for (const t of view.toms) {
    blocks.push(fieldLabel(`${t.area} (${t.goal})`), ...textParagraphs(t.description, ''));
  }
  return blocks;
}

function subProcessorAnnex(view: AvvView): Block[] {
  const l = view.labels;
  const s = l.subProcessor;
  const blocks: Block[] = [annexTitle(view, 'iv')];
  if (view.subProcessors.length === 0) {
    return [...blocks, new Paragraph({ children: [run(l.noSubProcessors)] })];
  }
  view.subProcessors.forEach((sub, i) => {
    const rows: [string, string][] = [
      [s.name, sub.name],
      [s.address, sub.address],
      [s.contact, sub.contact],
      [s.country, sub.country],
      [s.countryKind, sub.countryKind],
      ...(sub.safeguard
        ? ([
            [s.safeguard, sub.safeguard],
            [s.safeguardNote, sub.safeguardNote],
          ] as [string, string][])
        : []),
      [s.service, sub.service],
    ];
    blocks.push(fieldLabel(`${i + 1}. ${sub.name}`), labelValueTable(rows, l.noneListed));
  });
  return blocks;
}

export function annexBlocks(view: AvvView): Block[] {
  return [
    ...partiesAnnex(view),
    ...descriptionAnnex(view),
    ...tomAnnex(view),
    ...subProcessorAnnex(view),
  ];
}
