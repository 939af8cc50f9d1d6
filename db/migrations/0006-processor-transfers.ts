import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Third-country transfers follow the processors: a processor records its transfer impact
// assessment (done on / reference) and who signs for it; a sub-processor gets a country
// kind, a safeguard and a contact like the processor; a TOM area may be "not applicable".
//
// Sub-processors stored so far had only a free-text country. Calling every one of them
// EU/EEA would hide a transfer, so one whose country is filled in and is not an EU/EEA
// state is classed as a third country without a safeguard: the completeness check then
// asks the user to confirm it (and to pick "adequacy" for e.g. Switzerland).

/** EU and EEA states as users type them: German and English names and ISO codes. */
const eea = new Set(
  [
    'deutschland germany de deu',
    'österreich oesterreich austria at aut',
    'belgien belgium be bel',
    'bulgarien bulgaria bg bgr',
    'kroatien croatia hr hrv',
    'zypern cyprus cy cyp',
    'tschechien tschechische-republik czechia czech-republic cz cze',
    'dänemark daenemark denmark dk dnk',
    'estland estonia ee est',
    'finnland finland fi fin',
    'frankreich france fr fra',
    'griechenland greece gr grc el',
    'ungarn hungary hu hun',
    'irland ireland ie irl',
    'italien italy it ita',
    'lettland latvia lv lva',
    'litauen lithuania lt ltu',
    'luxemburg luxembourg lu lux',
    'malta mt mlt',
    'niederlande netherlands the-netherlands holland nl nld',
    'polen poland pl pol',
    'portugal pt prt',
    'rumänien rumaenien romania ro rou',
    'slowakei slovakia sk svk',
    'slowenien slovenia si svn',
    'spanien spain es esp',
    'schweden sweden se swe',
    'island iceland is isl',
    'liechtenstein li lie',
    'norwegen norway no nor',
    'eu ewr eea europa europe europäische-union european-union',
  ].flatMap((line) => line.split(' ').map((name) => name.replace(/-/g, ' '))),
);

const inEea = (country: string) => eea.has(country.trim().toLocaleLowerCase('de'));

interface OldSubProcessor {
  name: string;
  address?: string;
  country?: string;
  service?: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`ALTER TABLE processors ADD COLUMN tia_done_on TEXT`,
    sql`ALTER TABLE processors ADD COLUMN tia_reference TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE processors ADD COLUMN legal_representative TEXT NOT NULL DEFAULT ''`,
  ]) {
    await statement.execute(db);
  }
  const rows = await sql<{ id: number; sub_processors: string; toms: string }>`
    SELECT id, sub_processors, toms FROM processors`.execute(db);
  for (const row of rows.rows) {
    const subs = (JSON.parse(row.sub_processors) as OldSubProcessor[]).map((s) => {
      const country = s.country ?? '';
      return {
        name: s.name,
        address: s.address ?? '',
        contact: '',
        country,
        countryKind: country.trim() === '' || inEea(country) ? 'eu_eea' : 'third_country',
        safeguard: 'none',
        safeguardNote: '',
        service: s.service ?? '',
      };
    });
    const toms = (JSON.parse(row.toms) as { area: string; description: string }[]).map((t) => ({
      ...t,
      notApplicable: false,
    }));
    await sql`UPDATE processors SET sub_processors = ${JSON.stringify(subs)},
      toms = ${JSON.stringify(toms)} WHERE id = ${row.id}`.execute(db);
  }
}
