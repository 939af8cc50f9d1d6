import type { AdChannel, ConsentEventKind, ConsentMethod, ConsentSource, Language } from '../api';

// Texts of what the consent records print: the consent section of the Art. 15 reply, the
// sentence of the confirmation letter on a withdrawal or objection, the suppression list.

export interface ConsentDocTexts {
  channels: Record<AdChannel, string>;
  kinds: Record<ConsentEventKind, string>;
  sources: Record<ConsentSource, string>;
  methods: Record<ConsentMethod, string>;
  art15: {
    heading: string;
    intro: string;
    wordingHeading: string;
    /** "„{name}“, Version {version}, gültig ab {from}" */
    wordingLine: string;
    via: string;
    how: string;
    withText: string;
    confirmedFrom: string;
    forRequest: string;
    fromImport: string;
    none: string;
  };
  confirmation: {
    /** {date}: the withdrawal's day; {channels}: the channels stopped. */
    recorded: string;
    suppression: string;
  };
  suppression: {
    filename: string;
    headers: [string, string, string, string, string, string, string, string];
    allChannels: string;
  };
}

export const consentDocTexts: Record<Language, ConsentDocTexts> = {
  de: {
    channels: { email: 'E-Mail', phone: 'Telefon', sms: 'SMS', fax: 'Fax', post: 'Post' },
    kinds: {
      given: 'Einwilligung erteilt',
      doi_requested: 'Bestätigungs-Mail (Double-Opt-in) versandt',
      doi_confirmed: 'Einwilligung per Bestätigungs-Mail (Double-Opt-in) bestätigt',
      phone_use: 'Telefonwerbung durchgeführt',
      withdrawn: 'Einwilligung widerrufen',
      objected: 'Widerspruch gegen Werbung',
    },
    sources: {
      web_form: 'Webformular',
      paper_form: 'Papierformular',
      shop_counter: 'im Geschäft',
      phone_call: 'Telefonat',
      email: 'E-Mail',
      letter: 'Brief',
      import: 'Übernahme aus einer Liste',
      request: 'Ihre Anfrage',
      other: 'sonstiger Weg',
    },
    methods: {
      unticked_checkbox: 'durch Ankreuzen eines nicht vorausgewählten Kästchens',
      signature: 'durch Unterschrift',
      recording: 'mündlich, aufgezeichnet',
      verbal: 'mündlich',
      email_reply: 'durch Antwort per E-Mail',
      other: 'auf sonstige Weise',
    },
    art15: {
      heading: 'Ihre Einwilligungen in Werbung (Art. 7 Abs. 1 DSGVO)',
      intro:
        'Zu Ihrer Person haben wir folgende Einwilligungen in Werbung und deren Änderungen gespeichert (was, wann, wie und mit welchem Einwilligungstext):',
      wordingHeading: 'Wortlaut der Einwilligungstexte',
      wordingLine: '„{name}“, Version {version}, verwendet ab {from}',
      via: 'über',
      how: 'erteilt',
      withText: 'Text',
      confirmedFrom: 'von IP-Adresse',
      forRequest: 'aufgrund Ihrer Anfrage',
      fromImport: 'übernommen aus',
      none: 'Zu Ihrer Person sind keine Einwilligungen in Werbung gespeichert.',
    },
    confirmation: {
      recorded:
        'Ihren Widerruf bzw. Widerspruch haben wir am {date} in unseren Einwilligungsnachweisen vermerkt. Werbung per {channels} erhalten Sie von uns nicht mehr.',
      suppression:
        'Damit Sie auch künftig keine Werbung mehr von uns erhalten, führen wir Ihre Kontaktdaten in unserer Sperrliste für Werbung; für andere Zwecke verwenden wir diesen Eintrag nicht.',
    },
    suppression: {
      filename: 'Sperrliste_Werbung',
      headers: [
        'Mandant',
        'Name',
        'E-Mail',
        'Telefon',
        'Kundennummer',
        'Gesperrte Kanäle',
        'Gesperrt seit',
        'Grund',
      ],
      allChannels: 'alle Kanäle',
    },
  },
  en: {
    channels: { email: 'e-mail', phone: 'phone', sms: 'SMS', fax: 'fax', post: 'post' },
    kinds: {
      given: 'Consent given',
      doi_requested: 'Confirmation mail (double opt-in) sent',
      doi_confirmed: 'Consent confirmed by the confirmation mail (double opt-in)',
      phone_use: 'Phone advertising call made',
      withdrawn: 'Consent withdrawn',
      objected: 'Objection to advertising',
    },
    sources: {
      web_form: 'web form',
      paper_form: 'paper form',
      shop_counter: 'in the shop',
      phone_call: 'phone call',
      email: 'e-mail',
      letter: 'letter',
      import: 'taken over from a list',
      request: 'your request',
      other: 'other means',
    },
    methods: {
      unticked_checkbox: 'by ticking a box that was not pre-ticked',
      signature: 'by signature',
      recording: 'orally, recorded',
      verbal: 'orally',
      email_reply: 'by replying by e-mail',
      other: 'by other means',
    },
    art15: {
      heading: 'Your consent to advertising (Art. 7(1) GDPR)',
      intro:
        'We hold the following consents to advertising about you and their changes (what, when, how and with which consent wording):',
      wordingHeading: 'Wording of the consent texts',
      wordingLine: '“{name}”, version {version}, used from {from}',
      via: 'via',
      how: 'given',
      withText: 'wording',
      confirmedFrom: 'from IP address',
      forRequest: 'following your request',
      fromImport: 'taken over from',
      none: 'We hold no consent to advertising about you.',
    },
    confirmation: {
      recorded:
        'We recorded your withdrawal or objection in our consent records on {date}. You will no longer receive advertising from us by {channels}.',
      suppression:
        'So that you receive no advertising from us in future either, we keep your contact details on our advertising suppression list; we use this entry for no other purpose.',
    },
    suppression: {
      filename: 'Suppression_list_advertising',
      headers: [
        'Client',
        'Name',
        'E-mail',
        'Phone',
        'Customer number',
        'Blocked channels',
        'Blocked since',
        'Reason',
      ],
      allChannels: 'all channels',
    },
  },
};

/** "E-Mail, Telefon und SMS" / "e-mail, phone and SMS". */
export function channelList(channels: readonly AdChannel[], language: Language): string {
  const t = consentDocTexts[language];
  const names = channels.map((c) => t.channels[c]);
  if (names.length <= 1) return names.join('');
  const and = language === 'de' ? ' und ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}
