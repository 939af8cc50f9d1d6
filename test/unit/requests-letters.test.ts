import { describe, expect, it } from 'vitest';
import { letterKind, type DataRequest, type Language, type LetterKind } from '../../core/api';
import { buildRequestLetter, type RequestLetterInput } from '../../core/documents/requests-letters';
import { docxText } from '../helpers/docx';
import { letterInputFor, request } from '../fixtures/requests-letter-input';

// The text of the letters to a data subject, German and English: what the person reads.

async function text(input: RequestLetterInput): Promise<string> {
  return docxText((await buildRequestLetter(input)).bytes);
}
const letter = (kind: LetterKind, language: Language, r?: DataRequest, more = {}) =>
  text(letterInputFor(kind, language, r, more));

const outcome = request().reply.outcome;
const reply = (patch: Partial<DataRequest['reply']>) => ({ ...request().reply, ...patch });

describe('the Art. 15 reply', () => {
  it('names the processors among the recipients and keeps the register’s recipients', async () => {
    const de = await letter('art15', 'de');
    expect(de).toContain('Mailversand Cloud Inc. (Auftragsverarbeiter, USA)');
    expect(de).toContain('Druckerei Schnell GmbH (Auftragsverarbeiter)');
    expect(de).toContain('Versanddienstleister');
    const en = await letter('art15', 'en');
    expect(en).toContain('Mailversand Cloud Inc. (processor, USA)');
    expect(en).toContain('Druckerei Schnell GmbH (processor)');
  });

  it('takes 15(2) transfers from the list it is given, without the internal documentation', async () => {
    const input = letterInputFor('art15', 'de');
    const withNote = {
      ...input,
      activities: input.activities.map((a) => ({
        ...a,
        transfers: a.transfers.map((x) => ({ ...x, safeguardNote: 'TIA vom 03.03.2025, Akte 17' })),
      })),
    };
    const de = await text(withNote);
    expect(de).toContain(
      'Kundenverwaltung und Aufträge: USA – Empfänger: Mailversand Cloud Inc. – Garantie: Standardvertragsklauseln',
    );
    expect(de).not.toContain('TIA vom');
  });

  it('says in one consistent way whether files are attached, a copy is described, or nothing', async () => {
    const files = await letter(
      'art15',
      'de',
      request({ reply: reply({ copyDescription: 'Auszug aus dem Kundenkonto' }) }),
      {
        copyFiles: ['Kundenkonto-K-4711.pdf'],
      },
    );
    expect(files).toContain(
      'Als Kopie Ihrer personenbezogenen Daten liegen diesem Schreiben folgende Dateien bei:\nKundenkonto-K-4711.pdf\nAuszug aus dem Kundenkonto',
    );
    expect(files).toContain('sowie eine Kopie Ihrer Daten (Art. 15 Abs. 3 DSGVO)');

    const described = await letter(
      'art15',
      'de',
      request({ reply: reply({ copyDescription: 'Ausdruck des Kundenkontos (3 Seiten)' }) }),
    );
    expect(described).toContain(
      'Als Kopie Ihrer personenbezogenen Daten erhalten Sie mit diesem Schreiben:\nAusdruck des Kundenkontos (3 Seiten)',
    );
    expect(described).not.toContain('Keine Anlagen');
    expect(described).not.toContain('Dateien bei');

    const nothing = await letter('art15', 'de');
    expect(nothing).toContain('Diesem Schreiben liegt keine Kopie Ihrer Daten bei.');
    expect(nothing).not.toContain('sowie eine Kopie Ihrer Daten');
    expect(nothing).toContain(
      'Nachfolgend erhalten Sie die Informationen nach Art. 15 Abs. 1 und 2 DSGVO.',
    );

    const en = await letter(
      'art15',
      'en',
      request({ reply: reply({ copyDescription: 'Printout' }) }),
    );
    expect(en).toContain('As a copy of your personal data, we enclose with this letter:\nPrintout');
    expect(await letter('art15', 'en')).toContain(
      'No copy of your data is enclosed with this letter.',
    );
  });

  it('does not repeat the time limit in a reply, while notices keep it', async () => {
    expect(await letter('art15', 'de')).not.toContain('Frist zur Beantwortung');
    expect(await letter('acknowledgement', 'de')).toContain('Frist zur Beantwortung: 28.02.2025');
  });
});

describe('every letter', () => {
  it.each(letterKind.options)('names who signs it, with the role (%s)', async (kind) => {
    const r = request({
      extension: { on: '2025-02-07', reason: 'Umfang' },
      refusal: { ground: 'art12_5', note: '' },
    });
    // DIN 5008: closing, the firm, room for the signature, the signer's name and role.
    const closing = { de: 'Mit freundlichen Grüßen', en: 'Yours sincerely' };
    for (const language of ['de', 'en'] as const) {
      const body = await letter(kind, language, r);
      expect(body).toContain(
        `${closing[language]}\nBäckerei Müller & Söhne GmbH\n\n\nErika Beispiel\nDatenschutzkoordinatorin`,
      );
    }
  });

  it('starts an English letter’s first sentence with a capital after "Dear …,"', async () => {
    const r = request({
      kind: 'erasure',
      extension: { on: '2025-02-07', reason: 'Umfang' },
      refusal: { ground: 'art12_5', note: '' },
    });
    for (const kind of letterKind.options) {
      const kindOf = kind === 'art15' ? request() : r;
      const body = await letter(kind, 'en', kindOf);
      const first = body.split('Dear Jürgen Größmann,\n')[1]!;
      expect(first[0], kind).toMatch(/[A-Z]/);
    }
  });
});

describe('the extension notice', () => {
  it('bears the recorded notice date and gives the reason and the new time limit', async () => {
    const r = request({
      extension: { on: '2025-02-07', reason: 'Ihre Daten liegen in mehreren Systemen.' },
      deadlines: { ...request().deadlines, due: '2025-04-28' },
    });
    const de = await letter('extension', 'de', r, { letterDate: '2025-02-07' });
    expect(de).toContain('München, 07.02.2025');
    expect(de).toContain('Grund: Ihre Daten liegen in mehreren Systemen.');
    expect(de).toContain('spätestens bis zum 28.04.2025');
    const en = await letter('extension', 'en', r, { letterDate: '2025-02-07' });
    expect(en).toContain('München, 7 February 2025');
  });
});

describe('the erasure confirmation', () => {
  const erasure = (items: DataRequest['reply']['outcome']['erasureItems']) =>
    request({ kind: 'erasure', reply: reply({ outcome: { ...outcome, erasureItems: items } }) });

  it('says what was erased, what is kept under a retention duty and what is restricted', async () => {
    const r = erasure([
      { ruleId: 1, name: 'Kundenstammdaten', outcome: 'deleted', detail: '' },
      {
        ruleId: 2,
        name: 'Rechnungen (Buchungsbelege)',
        outcome: 'retained',
        detail: '8 Jahre ab Schluss des Kalenderjahres (§ 147 AO)',
      },
      {
        ruleId: null,
        name: 'Schriftwechsel zur Reklamation',
        outcome: 'restricted',
        detail: 'bis zum Ende des Rechtsstreits',
      },
    ]);
    const de = await letter('confirmation', 'de', r);
    expect(de).toContain('wir haben Ihr Löschverlangen vom 31.01.2025 bearbeitet (Art. 17 DSGVO)');
    expect(de).toContain('Gelöscht haben wir:\nKundenstammdaten');
    expect(de).toContain('Art. 17 Abs. 3 lit. b DSGVO');
    expect(de).toContain(
      'Rechnungen (Buchungsbelege): 8 Jahre ab Schluss des Kalenderjahres (§ 147 AO)',
    );
    expect(de).toContain('gesperrt');
    expect(de).toContain('Schriftwechsel zur Reklamation: bis zum Ende des Rechtsstreits');
    expect(de).not.toContain(
      'wir haben Ihre personenbezogenen Daten wie von Ihnen am 31.01.2025 verlangt gelöscht',
    );
    const en = await letter('confirmation', 'en', r);
    expect(en).toContain('We have erased:\nKundenstammdaten');
    expect(en).toContain('Art. 17(3)(b) GDPR');
  });

  it('confirms the erasure plainly when everything was erased, and lists informed recipients', async () => {
    const r = {
      ...erasure([{ ruleId: 1, name: 'Kundenstammdaten', outcome: 'deleted', detail: '' }]),
      recipients: [
        { id: 1, name: 'Mailversand Cloud Inc.', doneOn: '2025-02-10', doneBy: 'Erika Beispiel' },
        { id: 2, name: 'Versanddienstleister', doneOn: null, doneBy: '' },
      ],
    };
    const de = await letter('confirmation', 'de', r);
    expect(de).toContain(
      'wir haben Ihre personenbezogenen Daten wie von Ihnen am 31.01.2025 verlangt gelöscht (Art. 17 DSGVO).',
    );
    expect(de).toContain('Mailversand Cloud Inc. (10.02.2025)');
    expect(de).not.toContain('Versanddienstleister (');
    expect(de).not.toContain('Aufbewahrungspflicht');
  });
});

describe('the other confirmations', () => {
  it('rectification: what was corrected', async () => {
    const r = request({
      kind: 'rectification',
      reply: reply({ outcome: { ...outcome, corrections: 'Anschrift: Lindenstraße 5' } }),
    });
    expect(await letter('confirmation', 'de', r)).toContain(
      'Berichtigt bzw. vervollständigt haben wir:\nAnschrift: Lindenstraße 5',
    );
    expect(await letter('confirmation', 'en', r)).toContain(
      'We have corrected or completed:\nAnschrift: Lindenstraße 5',
    );
  });

  it('restriction: the ground, the data, and what restriction means (Art. 18(2), (3))', async () => {
    const r = request({
      kind: 'restriction',
      reply: reply({
        outcome: { ...outcome, restrictionGround: 'accuracy', restrictedData: 'Lieferanschrift' },
      }),
    });
    const de = await letter('confirmation', 'de', r);
    expect(de).toContain('Art. 18 Abs. 1 lit. a DSGVO');
    expect(de).toContain('Eingeschränkt ist die Verarbeitung folgender Daten:\nLieferanschrift');
    expect(de).toContain(
      'Bevor wir die Einschränkung aufheben, teilen wir Ihnen das mit (Art. 18 Abs. 3 DSGVO).',
    );
    expect(await letter('confirmation', 'en', r)).toContain('Art. 18(3) GDPR');
  });

  it('objection to direct marketing: it has stopped (Art. 21(2), (3))', async () => {
    const r = request({
      kind: 'objection',
      reply: reply({
        outcome: { ...outcome, objectionType: 'direct_marketing', stoppedProcessing: 'Newsletter' },
      }),
    });
    const de = await letter('confirmation', 'de', r);
    expect(de).toContain('für Zwecke der Direktwerbung umgesetzt');
    expect(de).toContain('Art. 21 Abs. 2 und 3 DSGVO');
    expect(de).toContain('Eingestellt haben wir:\nNewsletter');
  });
});

describe('the refusal', () => {
  it('gives the ground, the explanation and the remedies without repeating the kind', async () => {
    const r = request({
      kind: 'erasure',
      state: 'refused',
      refusal: { ground: 'art17_3', note: 'Rechnungen: § 147 AO.' },
    });
    const de = await letter('refusal', 'de', r);
    expect(de).toContain('zu Ihrer Anfrage vom 31.01.2025 teilen wir Ihnen Folgendes mit:');
    expect(de).toContain('Art. 17 Abs. 3 DSGVO');
    expect(de).toContain('Rechnungen: § 147 AO.');
    expect(de).toContain('(Art. 77 DSGVO)');
    expect(de).not.toContain('((');
    const en = await letter('refusal', 'en', r);
    expect(en).toContain('Regarding your request of 31 January 2025, we inform you as follows:');
  });
});
