import { Document, Packer, Paragraph } from 'docx';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';

// The data of a fixture workspace: one client with records in every table, made through the
// API of the schema version the fixture freezes. Umlauts everywhere, so an encoding slip in a
// migration shows. Keep it in step with the API: when a method changes, this file changes, but
// the fixtures written before stay as they were.

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
/** Continues as another person: operating-system account and user name in Settings. */
type ActAs = (person: { account: string; name: string }) => void;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function templateBase64(): Promise<string> {
  const doc = new Document({
    sections: [
      { children: [new Paragraph('AVV zwischen {controller.name} und {processor.name}')] },
    ],
  });
  return (await Packer.toBuffer(doc)).toString('base64');
}

export async function fillEveryTable(call: Call, actAs: ActAs): Promise<void> {
  const client = await call('clients.create', {
    name: 'Bäckerei Müller & Söhne GmbH',
    street: 'Hauptstraße 1',
    postcode: '80331',
    city: 'München',
    email: 'info@baeckerei-mueller.de',
    land: 'BY',
  });
  const payroll = await call('activities.create', {
    clientId: client.id,
    activity: {
      number: 'VT-01',
      name: 'Lohn- und Gehaltsabrechnung',
      purposes: 'Abrechnung der Gehälter',
      legalBases: ['art6_1_c'],
      subjects: [{ name: 'Beschäftigte' }],
      dataCategories: [{ name: 'Bankverbindung' }, { name: 'Gesundheitsdaten', special: 'art9' }],
      recipients: [{ name: 'Steuerbüro Öztürk', type: 'external' }],
      transfers: [{ country: 'USA', recipient: 'Cloud-Dienst', safeguard: 'scc' }],
      retention: '6 Jahre nach Ende des Kalenderjahres',
      toms: 'Zugriff nur für die Personalabteilung',
      status: 'active',
      nextReview: '2027-06-30',
    },
  });
  const customers = await call('activities.create', {
    clientId: client.id,
    activity: {
      number: 'VT-02',
      name: 'Kundenverwaltung',
      purposes: 'Bestellungen abwickeln',
      subjects: [{ name: 'Kunden' }],
      dataCategories: [{ name: 'Kontaktdaten' }],
      recipients: [{ name: 'Versanddienstleister', type: 'external' }],
      status: 'draft',
    },
  });
  const catalogue = await call('catalogues.list', { clientId: client.id, kind: 'subject' });
  const customersEntry = catalogue.find((c) => c.name === 'Kunden');
  if (customersEntry)
    await call('catalogues.update', { id: customersEntry.id, name: 'Kundinnen und Kunden' });

  const processor = await call('processors.create', {
    clientId: client.id,
    processor: {
      name: 'Rechenzentrum Süßwald GmbH',
      city: 'Nürnberg',
      country: 'Deutschland',
      service: 'Hosting der Lohnsoftware',
      subProcessors: [{ name: 'Backup Überall AG', country: 'Schweiz' }],
      toms: [{ area: 'zutrittskontrolle', description: 'Chipkarte und PIN' }],
      activityIds: [payroll.id],
    },
  });
  await call('processors.setAgreement', {
    id: processor.id,
    agreement: { status: 'requested', requestedOn: '2026-10-01' },
  });
  await call('processors.setSettings', { clientId: client.id, requestOverdueDays: 21 });
  await call('avvTemplates.add', {
    name: 'Eigene AVV-Vorlage',
    filename: 'vorlage.docx',
    base64: await templateBase64(),
  });
  await call('attachments.add', {
    ownerType: 'processor',
    ownerId: processor.id,
    role: 'signed_avv',
    name: 'AVV unterschrieben.pdf',
    mimeType: 'application/pdf',
    base64: b64('%PDF-1.4 unterschriebener Vertrag'),
  });

  await call('retention.addPeriod', {
    name: 'Eigene Frist für Bewerbungen',
    periodAmount: 6,
    periodUnit: 'months',
    startEvent: 'transaction_end',
  });
  const dataCategories = await call('catalogues.list', { clientId: client.id, kind: 'data' });
  const rule = await call('retention.create', {
    clientId: client.id,
    rule: {
      name: 'Lohnunterlagen',
      catalogueKey: null,
      periodAmount: 6,
      periodUnit: 'years',
      startEvent: 'creation',
      yearEnd: true,
      norm: '§ 41 EStG',
      systems: ['Lohnprogramm'],
      activityIds: [payroll.id],
      dataCategoryIds: dataCategories.slice(0, 1).map((d) => d.id),
    },
  });
  await call('retention.recordRun', {
    ruleId: rule.id,
    date: '2026-11-20',
    system: 'Lohnprogramm',
    count: 12,
    description: 'Jahreslauf für Löschung',
    method: 'delete',
    person: 'Jörg Lösch',
  });

  const subjects = await call('catalogues.list', { clientId: client.id, kind: 'subject' });
  const request = await call('requests.create', {
    clientId: client.id,
    request: {
      kind: 'access',
      receivedOn: '2026-11-16',
      channel: 'email',
      requesterName: 'Jürgen Weiß',
      requesterEmail: 'juergen.weiss@example.de',
      subjectIds: subjects.map((s) => s.id),
      description: 'Bitte teilen Sie mir mit, welche Daten Sie über mich speichern.',
    },
  });
  await call('attachments.add', {
    ownerType: 'request',
    ownerId: request.id,
    role: 'original_request',
    name: 'Anfrage.eml',
    mimeType: 'message/rfc822',
    base64: b64('From: juergen.weiss@example.de\r\nSubject: Auskunft\r\n\r\nBitte um Auskunft.'),
  });
  await call('requests.saveReply', {
    id: request.id,
    activityIds: [payroll.id, customers.id],
    copyDescription: 'Kopie der Stammdaten als PDF',
  });
  // Prepared by the fixture's user, reviewed by a second person at her own account, sent by
  // the first and closed: who did what is recorded, and the client's rule for closed
  // requests has a request to keep.
  await call('requests.recordIdentity', {
    id: request.id,
    method: 'known_email',
    checkedBy: 'Fixture Nutzerin',
    checkedOn: '2026-11-17',
  });
  await call('requests.transition', { id: request.id, to: 'in_progress' });
  await call('requests.transition', { id: request.id, to: 'in_review' });
  actAs({ account: 'pruefer', name: 'Björn Prüfer' });
  await call('requests.review', {
    id: request.id,
    checks: ['onlyThisRequester', 'identityChecked', 'complete', 'deadline', 'plainLanguage'],
    note: 'Anlagen geprüft',
  });
  actAs({ account: 'fixture', name: 'Fixture Nutzerin' });
  await call('requests.transition', {
    id: request.id,
    to: 'answered',
    sentOn: '2026-11-20',
    sentTime: '09:00',
  });
  await call('requests.transition', { id: request.id, to: 'closed' });
  const erasure = await call('requests.create', {
    clientId: client.id,
    request: {
      kind: 'erasure',
      receivedOn: '2026-11-18',
      channel: 'letter',
      requesterName: 'Änne Schäfer',
      requesterAddress: 'Gartenweg 2, 80333 München',
      subjectIds: [],
    },
  });
  await call('requests.setRecipients', { id: erasure.id, names: ['Versanddienstleister'] });

  const dataEntries = await call('catalogues.list', { clientId: client.id, kind: 'data' });
  const breach = await call('breaches.create', {
    clientId: client.id,
    breach: {
      title: 'Lohnabrechnung an falsche Empfängerin gemailt',
      starter: 'misdirected_email',
      description: 'Die Abrechnung von Jörg Weiß ging an eine Kollegin.',
      occurredFrom: '2026-11-19T16:40:00+01:00',
      awareAt: '2026-11-20T08:15:00+01:00',
      discoveredBy: 'Personalabteilung',
      kinds: ['confidentiality'],
      subjectIds: subjects.slice(0, 1).map((s) => s.id),
      dataIds: dataEntries.filter((d) => d.special === 'art9').map((d) => d.id),
      subjectsCount: 1,
      recordsCount: 1,
      activityIds: [payroll.id],
      processorIds: [processor.id],
      atProcessorId: processor.id,
      processorNoticeAt: '2026-11-20T08:00:00+01:00',
      consequences: 'Eine Kollegin kennt Gehalt und Krankheitstage.',
      measuresTaken: 'Löschung bestätigt.',
    },
  });
  await call('breaches.assess', {
    id: breach.id,
    assessment: {
      criteria: {
        breachType: 'medium',
        sensitivity: 'high',
        volume: 'low',
        identification: 'high',
        severity: 'medium',
        persons: 'low',
        specialCategories: true,
      },
      level: 'high',
      art34Ground: 'risk_removed',
      art34Note: 'Empfängerin hat die E-Mail ungelesen gelöscht.',
    },
  });
  await call('breaches.notify', {
    id: breach.id,
    notice: { kind: 'first', at: '2026-11-20T09:00:00+01:00', reference: 'LDA-2026-Ä1' },
  });
  await call('attachments.add', {
    ownerType: 'breach',
    ownerId: breach.id,
    role: 'evidence',
    name: 'Löschbestätigung.pdf',
    mimeType: 'application/pdf',
    base64: b64('%PDF-1.4 Löschbestätigung'),
  });

  await fillDpia(call, payroll.id);
  await fillConsent(call, client.id);
}

/** The DPIA of the payroll: a screening with two criteria, the DPIA record and its file. */
async function fillDpia(call: Call, activityId: number): Promise<void> {
  await call('dpia.screen', {
    activityId,
    answers: { criteria: ['sensitive', 'vulnerable'] },
  });
  await call('dpia.record', {
    activityId,
    record: {
      date: '2026-11-19',
      reference: 'DSFA-2026-Ü1',
      outcome: 'risks_addressed',
      note: 'Zugriff auf die Personalabteilung beschränkt.',
    },
  });
  await call('attachments.add', {
    ownerType: 'dpia',
    ownerId: activityId,
    role: 'dpia_report',
    name: 'DSFA-Bericht Lohn.pdf',
    mimeType: 'application/pdf',
    base64: b64('%PDF-1.4 DSFA-Bericht'),
  });
}

/** Consent records: a wording in two versions, an import, a person with a confirmed opt-in. */
async function fillConsent(call: Call, clientId: number): Promise<void> {
  const wording = {
    name: 'Newsletter-Anmeldung Website',
    purpose: 'Newsletter mit Angeboten der Bäckerei',
    channels: ['email' as const],
    advertiser: 'Bäckerei Müller & Söhne GmbH',
    productScope: 'Backwaren und Torten der Bäckerei Müller',
    privacyNoticeVersion: '2026-01',
    language: 'de' as const,
    text: 'Ja, ich möchte den Newsletter der Bäckerei Müller & Söhne GmbH mit Angeboten zu Backwaren per E-Mail erhalten. Ich kann jederzeit widerrufen.',
    validFrom: '2026-01-01',
  };
  const first = await call('consent.createText', { clientId, text: wording });
  const text = await call('consent.createText', {
    clientId,
    replacesId: first.id,
    text: { ...wording, productScope: 'Backwaren, Torten und Kurse', validFrom: '2026-06-01' },
  });
  const csv = [
    'E-Mail-Adresse;Vorname;Nachname;Anmeldedatum;Bestätigt am',
    'oezlem@example.org;Özlem;Größ;02.07.2026 10:00;02.07.2026 10:05',
    'soeren@example.org;Søren;Weiß;03.07.2026 11:00;03.07.2026 11:02',
  ].join('\r\n');
  await call('consent.importFile', {
    clientId,
    name: 'Newsletter-Empfänger.csv',
    base64: b64(`\uFEFF${csv}\r\n`),
    mapping: {
      email: 'E-Mail-Adresse',
      firstName: 'Vorname',
      lastName: 'Nachname',
      givenAt: 'Anmeldedatum',
      doiConfirmedAt: 'Bestätigt am',
    },
    textId: text.id,
    saveMapping: true,
  });
  await call('activities.saveImportMapping', {
    clientId,
    mapping: { number: 'Nr.', name: 'Bezeichnung', subjects: 'Kategorien – betroffene Personen' },
  });
  const person = await call('consent.createPerson', {
    clientId,
    person: { name: 'Jürgen Größmann', email: 'j.groessmann@example.org', reference: 'K-4711' },
  });
  await call('consent.recordEvent', {
    personId: person.id,
    event: {
      kind: 'given',
      at: '2026-07-10T14:07:00+02:00',
      textId: text.id,
      source: 'web_form',
      sourceDetail: 'https://baeckerei-mueller.de/newsletter',
      method: 'unticked_checkbox',
      ip: '203.0.113.7',
    },
  });
  await call('consent.recordEvent', {
    personId: person.id,
    event: {
      kind: 'doi_confirmed',
      at: '2026-07-10T14:20:00+02:00',
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0)',
      file: {
        name: 'Bestätigung.eml',
        mimeType: 'message/rfc822',
        base64: b64('Subject: Bestätigung'),
      },
    },
  });
  await call('consent.recordEvent', {
    personId: person.id,
    event: { kind: 'withdrawn', at: '2026-11-19T09:00:00+01:00', source: 'email' },
  });
}
