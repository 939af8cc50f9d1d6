import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dataSpecial, type ActivityInput } from '../../../../../core/api';
import { useCatalogue } from '../../../catalogues';
import { CataloguePicker } from '../CataloguePicker';
import { fieldId, Section } from '../fields';
import { TemplateNote } from '../template';

/** (c) categories of data subjects and of personal data: two separate lists (docs/domain.md 1). */
export function SubjectsDataSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  const { control, register } = useFormContext<ActivityInput>();
  const subjects = useFieldArray({ control, name: 'subjects' });
  const data = useFieldArray({ control, name: 'dataCategories' });
  const subjectCatalogue = useCatalogue(clientId, 'subject');
  const dataCatalogue = useCatalogue(clientId, 'data');
  const chosenData = useWatch({ control, name: 'dataCategories' }) ?? [];
  const legalBases = useWatch({ control, name: 'legalBases' }) ?? [];
  const nationalNorm = useWatch({ control, name: 'nationalNorm' }) ?? '';

  const hasArt9 = chosenData.some((d) => d.special === 'art9');
  const hasArt10 = chosenData.some((d) => d.special === 'art10');
  const hasArt9Basis = legalBases.some((b) => b.startsWith('art9_2_'));

  return (
    <Section
      id="section-subjects"
      title={t('sections.subjects')}
      reference={t('refs.c')}
      intro={t('intro.subjects')}
    >
      <CataloguePicker
        id={fieldId('subjects')}
        label={t('fields.subjects')}
        hint={t('hints.subjects')}
        items={subjects.fields.map((f) => ({ key: f.id, name: f.name }))}
        suggestions={subjectCatalogue.data ?? []}
        onAdd={(name) => subjects.append({ name }, { shouldFocus: false })}
        onRemove={(index) => subjects.remove(index)}
      />
      <TemplateNote field="subjects" />
      <CataloguePicker
        id={fieldId('dataCategories')}
        label={t('fields.dataCategories')}
        hint={t('hints.dataCategories')}
        items={data.fields.map((f) => ({ key: f.id, name: f.name }))}
        suggestions={dataCatalogue.data ?? []}
        onAdd={(name, entry) =>
          data.append({ name, special: entry?.special ?? 'none' }, { shouldFocus: false })
        }
        onRemove={(index) => data.remove(index)}
        renderDetails={(index) => (
          <select
            className="input input-compact"
            aria-label={t('picker.specialFor', { name: data.fields[index]?.name ?? '' })}
            {...register(`dataCategories.${index}.special`)}
          >
            {dataSpecial.options.map((value) => (
              <option key={value} value={value}>
                {t(`special.${value}`)}
              </option>
            ))}
          </select>
        )}
      />
      <TemplateNote field="dataCategories" />
      {hasArt9 && !hasArt9Basis ? (
        <p className="inline-warning" role="status">
          {t('warnings.art9WithoutBasis')}
        </p>
      ) : null}
      {hasArt10 && !nationalNorm.trim() ? (
        <p className="inline-warning" role="status">
          {t('warnings.art10WithoutNorm')}
        </p>
      ) : null}
    </Section>
  );
}
