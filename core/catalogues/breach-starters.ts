import { z } from 'zod';
import startersJson from '../../assets/breach-starters.json' with { type: 'json' };
import { breachKind, breachStarterKey, rating, type BreachStarter, type Language } from '../api';

// Starting points for the frequent breaches (assets/breach-starters.json), in German and
// English. Choosing one prefills the form; from then on the text is the user's own record.

const localized = z.strictObject({ de: z.string().trim().min(1), en: z.string().trim().min(1) });

const starterFile = z.object({
  starters: z.array(
    z.strictObject({
      key: breachStarterKey,
      title: localized,
      description: localized,
      kinds: z.array(breachKind).min(1),
      consequences: localized,
      measuresTaken: localized,
      measuresProposed: localized,
      criteria: z.strictObject({
        breachType: rating,
        sensitivity: rating,
        volume: rating,
        identification: rating,
        severity: rating,
        persons: rating,
      }),
    }),
  ),
});

const file = starterFile.parse(startersJson);

/** Every starting point in one language, in the order of the file (most frequent first). */
export function breachStarters(language: Language): BreachStarter[] {
  return file.starters.map((s) => ({
    key: s.key,
    title: s.title[language],
    description: s.description[language],
    kinds: s.kinds,
    consequences: s.consequences[language],
    measuresTaken: s.measuresTaken[language],
    measuresProposed: s.measuresProposed[language],
    criteria: s.criteria,
  }));
}

/** The keys the file holds: a test checks that every case the schema names has its entry. */
export const starterKeys = file.starters.map((s) => s.key);
