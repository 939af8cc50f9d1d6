import { describe, expect, it } from 'vitest';
import { activityInput } from '../../core/api';
import { filledTemplateFields } from '../../core/rules/template-content';
import { templateToActivityInput } from '../../core/catalogues/activity-templates';
import {
  checkCompleteness,
  controllerComplete,
  type CompletenessInput,
} from '../../core/rules/completeness';
import { activityTransfers } from '../../core/rules/transfers';

const client = {
  name: 'Bäckerei Müller',
  street: 'Hauptstr. 1',
  city: 'München',
  email: '',
  phone: '',
};
const full: CompletenessInput = {
  purposes: 'Lohnabrechnung',
  legalBases: ['art6_1_c'],
  nationalNorm: '',
  subjects: [{ name: 'Beschäftigte' }],
  dataCategories: [{ name: 'Bankverbindung', special: 'none' }],
  recipients: [{ name: 'Steuerberater', type: 'external' }],
  transfers: [],
  retention: '6 Jahre',
  toms: 'TOM-Konzept v2',
  tomsReference: '',
  dpiaStatus: 'not_needed',
  nextReview: '2027-01-01',
};

describe('Art. 30(1) completeness check', () => {
  it('accepts a record with every item', () => {
    expect(checkCompleteness(full, client)).toEqual({
      complete: true,
      missing: [],
      recommended: [],
      unconfirmed: [],
      transferIssues: [],
    });
  });

  it.each([
    ['purposes', { purposes: '   ' }],
    ['subjects', { subjects: [] }],
    ['dataCategories', { dataCategories: [] }],
    ['recipients', { recipients: [] }],
    ['retention', { retention: '' }],
    ['toms', { toms: '', tomsReference: '' }],
  ] as [string, Partial<CompletenessInput>][])('names %s when it is missing', (item, change) => {
    const result = checkCompleteness({ ...full, ...change }, client);
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([item]);
  });

  it('accepts a reference to a TOM concept instead of a description (DSK form)', () => {
    expect(
      checkCompleteness({ ...full, toms: '', tomsReference: 'TOM-Konzept, Anlage 3' }, client)
        .complete,
    ).toBe(true);
  });

  it('only recommends a legal basis: it is no Art. 30 duty', () => {
    const result = checkCompleteness({ ...full, legalBases: [] }, client);
    expect(result.complete).toBe(true);
    expect(result.recommended).toEqual(['legalBasis']);
    expect(
      checkCompleteness({ ...full, legalBases: [], nationalNorm: '§ 41 EStG' }, client).recommended,
    ).toEqual([]);
  });

  it('recommends an Art. 9(2) condition when special categories are processed', () => {
    const art9 = {
      ...full,
      dataCategories: [{ name: 'Gesundheitsdaten', special: 'art9' as const }],
    };
    expect(checkCompleteness(art9, client).recommended).toEqual(['art9Basis']);
    expect(
      checkCompleteness({ ...art9, legalBases: ['art6_1_c', 'art9_2_b'] }, client).recommended,
    ).toEqual([]);
  });

  it('recommends a DPIA screening and a review date when they are open', () => {
    expect(
      checkCompleteness({ ...full, dpiaStatus: 'open', nextReview: null }, client).recommended,
    ).toEqual(['dpia', 'nextReview']);
  });

  describe('third-country transfers (lit. e)', () => {
    const usa = [{ name: 'Mailing-Dienst', type: 'third_country' as const, country: 'USA' }];
    const issues = (change: Partial<CompletenessInput>) =>
      checkCompleteness({ ...full, ...change }, client).transferIssues;
    it('needs a transfer entry when a recipient sits in a third country, naming it', () => {
      expect(checkCompleteness({ ...full, recipients: usa }, client).missing).toEqual([
        'transfers',
      ]);
      expect(issues({ recipients: usa })).toEqual([
        {
          source: 'recipient',
          recipient: 'Mailing-Dienst',
          via: '',
          country: 'USA',
          problem: 'transfer',
        },
      ]);
    });
    it('needs the country of a third-country recipient that no transfer names', () => {
      const noCountry = [{ name: 'Mailing-Dienst', type: 'third_country' as const, country: '' }];
      expect(issues({ recipients: noCountry })).toEqual([
        {
          source: 'recipient',
          recipient: 'Mailing-Dienst',
          via: '',
          country: '',
          problem: 'country',
        },
      ]);
      // A transfer naming the recipient documents its country.
      const named = [
        {
          country: 'USA',
          recipient: 'Mailing-Dienst',
          safeguard: 'scc' as const,
          safeguardNote: '',
        },
      ];
      expect(issues({ recipients: noCountry, transfers: named })).toEqual([]);
    });
    it('needs a safeguard for every transfer', () => {
      const transfers = [{ country: 'USA', safeguard: 'none' as const, safeguardNote: '' }];
      expect(checkCompleteness({ ...full, recipients: usa, transfers }, client).missing).toEqual([
        'transfers',
      ]);
      transfers[0]!.safeguard = 'scc' as never;
      expect(checkCompleteness({ ...full, recipients: usa, transfers }, client).complete).toBe(
        true,
      );
    });
    it('needs the documentation for an Art. 49 derogation', () => {
      const transfers = [{ country: 'Indien', safeguard: 'art49' as const, safeguardNote: '' }];
      expect(checkCompleteness({ ...full, transfers }, client).missing).toEqual(['transfers']);
      expect(
        checkCompleteness(
          { ...full, transfers: [{ ...transfers[0]!, safeguardNote: 'Einwilligung' }] },
          client,
        ).complete,
      ).toBe(true);
    });
    it('needs the country of a transfer', () => {
      const transfers = [{ country: '', safeguard: 'scc' as const, safeguardNote: '' }];
      expect(checkCompleteness({ ...full, transfers }, client).missing).toEqual(['transfers']);
    });

    const processor = {
      id: 1,
      name: 'Cloud Inc.',
      country: 'USA',
      countryKind: 'third_country' as const,
      safeguard: 'scc' as const,
      safeguardNote: '',
      tiaDoneOn: null,
      tiaReference: '',
      subProcessors: [],
    };
    it('counts a linked processor outside the EU/EEA as a transfer that needs its safeguard', () => {
      expect(issues({ processors: [processor] })).toEqual([]);
      expect(issues({ processors: [{ ...processor, safeguard: 'none' }] })).toEqual([
        {
          source: 'processor',
          recipient: 'Cloud Inc.',
          via: '',
          country: 'USA',
          problem: 'safeguard',
        },
      ]);
      expect(issues({ processors: [{ ...processor, country: ' ' }] })).toEqual([
        { source: 'processor', recipient: 'Cloud Inc.', via: '', country: '', problem: 'country' },
      ]);
      // Inside the EU/EEA nothing is transferred; an adequacy decision is its own safeguard.
      const eu = { ...processor, countryKind: 'eu_eea' as const, safeguard: 'none' as const };
      expect(issues({ processors: [eu] })).toEqual([]);
      expect(issues({ processors: [{ ...eu, countryKind: 'adequacy' }] })).toEqual([]);
    });
    it('names a sub-processor outside the EU/EEA with the processor it works for', () => {
      const eu = { ...processor, countryKind: 'eu_eea' as const };
      const sub = { name: 'Support Ltd.', country: 'Indien', safeguardNote: '' };
      const subProcessors = [
        { ...sub, countryKind: 'third_country' as const, safeguard: 'none' as const },
        { ...sub, name: 'Backup AG', country: 'Schweiz', countryKind: 'adequacy' as const },
      ].map((s) => ({ safeguard: 'none' as const, ...s }));
      expect(issues({ processors: [{ ...eu, subProcessors }] })).toEqual([
        {
          source: 'subProcessor',
          recipient: 'Support Ltd.',
          via: 'Cloud Inc.',
          country: 'Indien',
          problem: 'safeguard',
        },
      ]);
    });
  });

  describe('the transfers of an activity', () => {
    it('lists the recorded ones first and does not repeat a processor the user recorded', () => {
      const processor = {
        id: 1,
        name: 'Cloud Inc.',
        country: 'USA',
        countryKind: 'third_country' as const,
        safeguard: 'bcr' as const,
        safeguardNote: '',
        tiaDoneOn: '2026-01-01',
        tiaReference: '',
        subProcessors: [],
      };
      const other = { ...processor, id: 2, name: 'Mail Ltd.', country: 'Kanada' };
      const recorded = {
        country: 'USA',
        recipient: 'cloud inc.',
        safeguard: 'scc' as const,
        safeguardNote: 'SCC',
      };
      const list = activityTransfers({ transfers: [recorded], processors: [processor, other] });
      expect(list.map((t) => [t.source, t.recipient, t.safeguard])).toEqual([
        ['activity', 'cloud inc.', 'scc'],
        ['processor', 'Mail Ltd.', 'bcr'],
      ]);
    });
  });

  describe('content from a starter template', () => {
    it('is not complete while template content is unconfirmed, though nothing is missing', () => {
      const result = checkCompleteness({ ...full, unconfirmed: ['retention', 'toms'] }, client);
      expect(result).toMatchObject({
        complete: false,
        missing: [],
        unconfirmed: ['retention', 'toms'],
      });
    });
    it('flags the placeholder transfer "Microsoft 365 / USA" until the user confirms it', () => {
      const template = activityInput.parse(templateToActivityInput('email_it', 'de'));
      expect(template.transfers).toEqual([
        expect.objectContaining({
          country: 'USA',
          recipient: expect.stringContaining('Microsoft'),
        }),
      ]);
      const input = { ...template, unconfirmed: filledTemplateFields(template) };
      const result = checkCompleteness(input, client);
      expect(result.complete).toBe(false);
      expect(result.unconfirmed).toContain('transfers');
      const confirmed = input.unconfirmed.filter((f) => f !== 'transfers');
      expect(
        checkCompleteness({ ...input, unconfirmed: confirmed }, client).unconfirmed,
      ).not.toContain('transfers');
      expect(checkCompleteness({ ...input, unconfirmed: [] }, client).complete).toBe(true);
    });
  });

  describe("the controller's details (lit. a)", () => {
    it('needs a name and one way to reach the controller', () => {
      expect(controllerComplete(client)).toBe(true);
      expect(controllerComplete({ ...client, street: '', city: '' })).toBe(false);
      expect(controllerComplete({ ...client, street: '', city: '', email: 'info@x.de' })).toBe(
        true,
      );
      expect(controllerComplete({ ...client, street: '', city: '', phone: '089 123' })).toBe(true);
    });
    it('makes every activity incomplete while the client lacks them', () => {
      expect(checkCompleteness(full, { ...client, street: '' }).missing).toEqual(['controller']);
    });
  });
});
