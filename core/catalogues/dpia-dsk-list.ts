import { z } from 'zod';
import listJson from '../../assets/dpia-dsk-list.json' with { type: 'json' };
import { dpiaCriterion, dskItemKey, type DskItem, type Language } from '../api';

// The DSK list of processing that always needs a DPIA (Art. 35(4) GDPR, non-public sector),
// as data: only the items whose wording could be checked against a source are in the file
// (docs/domain.md says which); `complete` stays false until the rest is added.

const localized = z.strictObject({ de: z.string().trim().min(1), en: z.string().trim().min(1) });

const listFile = z.object({
  list: z.strictObject({ title: localized, complete: z.boolean() }),
  items: z.array(
    z.strictObject({
      key: dskItemKey,
      number: z.number().int().positive(),
      label: localized,
      example: localized,
      furtherCriteria: z.array(dpiaCriterion),
    }),
  ),
});

const file = listFile.parse(listJson);

export const dskListTitle = (language: Language) => file.list.title[language];
export const dskListComplete = file.list.complete;

export function dskItems(language: Language): DskItem[] {
  return file.items.map((item) => ({
    key: item.key,
    number: item.number,
    label: item.label[language],
    example: item.example[language],
    furtherCriteria: item.furtherCriteria,
  }));
}

/** The further criteria of each item, for the rule (language-free). */
export const dskConditions: ReadonlyMap<
  DskItem['key'],
  readonly DskItem['furtherCriteria'][number][]
> = new Map(file.items.map((item) => [item.key, item.furtherCriteria]));
