import { useQuery } from '@tanstack/react-query';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RetentionRuleInput, RetentionRuleValues } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';

type Ids = 'activityIds' | 'dataCategoryIds';

/** The register's activities and data categories this rule covers, as checkbox lists. */
export function RuleLinks({
  clientId,
  control,
}: {
  clientId: number;
  control: Control<RetentionRuleInput, unknown, RetentionRuleValues>;
}) {
  const { t } = useTranslation('retention');
  const activities = useQuery({
    queryKey: queryKeys.activities(clientId, { status: 'all' }),
    queryFn: () => call('activities.list', { clientId, status: 'all' }),
  });
  const categories = useQuery({
    queryKey: queryKeys.catalogues(clientId, 'data'),
    queryFn: () => call('catalogues.list', { clientId, kind: 'data' }),
  });
  const group = (name: Ids, legend: string, items: { id: number; name: string }[]) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value = field.value ?? [];
        return (
          <fieldset className="retention-checks">
            <legend className="field-label">{legend}</legend>
            {items.length === 0 ? <p className="muted">{t('editor.noneYet')}</p> : null}
            {items.map((item) => (
              <label key={item.id} className="check">
                <input
                  type="checkbox"
                  checked={value.includes(item.id)}
                  onChange={(e) =>
                    field.onChange(
                      e.target.checked ? [...value, item.id] : value.filter((id) => id !== item.id),
                    )
                  }
                />{' '}
                {item.name}
              </label>
            ))}
          </fieldset>
        );
      }}
    />
  );
  return (
    <section className="card fieldset" aria-labelledby="rule-links-title">
      <h2 id="rule-links-title" className="fieldset-legend">
        {t('editor.links')}
      </h2>
      <p className="retention-note">{t('editor.linksIntro')}</p>
      {group('activityIds', t('fields.activities'), activities.data ?? [])}
      {group('dataCategoryIds', t('fields.dataCategories'), categories.data ?? [])}
    </section>
  );
}
