import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AvvDraftOptions, AvvGap, Processor } from '../../../../core/api';
import { call } from '../../../api/client';
import { saveExportedFile } from '../../../api/download';
import { href } from '../../../app/router';
import { ErrorBanner, FormField, useToast } from '../../../components';
import { currentLanguage } from '../../../i18n';
import { useGenerateDraft } from '../mutations';
import { processorKeys, useTemplates } from '../queries';

const gapLink = (clientId: number, processorId: number, gap: AvvGap): string | null => {
  if (gap.place === 'client') return `/client/${clientId}/details`;
  if (gap.place === 'activity' && gap.activityId)
    return `/client/${clientId}/activities/${gap.activityId}`;
  if (gap.place === 'processor' || gap.place === 'links')
    return `/client/${clientId}/processors/${processorId}`;
  return null;
};

/** The optional clauses of the German model contracts, in the order of the draft. */
const clauseKeys = [
  'remoteWork',
  'breachNotice',
  'cooperation',
  'processorRecord',
  'liability',
] as const;

/** Options, completeness check and generation of the AVV draft (.docx). */
export function DraftPanel({ clientId, processor }: { clientId: number; processor: Processor }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const templates = useTemplates();
  const [options, setOptions] = useState<AvvDraftOptions>(() => ({
    ...processor.draftOptions,
    language: processor.draftOptions.duration ? processor.draftOptions.language : currentLanguage(),
  }));
  const [markSent, setMarkSent] = useState(false);
  const check = useQuery({
    queryKey: [...processorKeys.detail(processor.id), 'check', options],
    queryFn: () => call('processors.checkDraft', { id: processor.id, options }),
  });
  const generate = useGenerateDraft(processor.id);
  const set = (patch: Partial<AvvDraftOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const num = (key: 'noticeDays' | 'auditNoticeDays' | 'objectionDays') => (
    <FormField label={t(`draft.${key}`)}>
      <input
        className="input input-compact"
        type="number"
        min={0}
        value={options[key]}
        onChange={(e) => set({ [key]: Math.max(0, Number(e.target.value) || 0) })}
      />
    </FormField>
  );
  const canMarkSent = ['missing', 'requested'].includes(processor.agreement.status);

  return (
    <section className="card" aria-labelledby="draft-title">
      <h2 id="draft-title" className="card-title">
        {t('draft.title')}
      </h2>
      <p className="muted">{t('draft.intro')}</p>
      <p className="form-note" role="note">
        {t('draft.review')}
      </p>
      <div className="grid-2">
        <FormField label={t('draft.duration')} className="span-2" hint={t('draft.durationHint')}>
          <input
            className="input"
            value={options.duration}
            onChange={(e) => set({ duration: e.target.value })}
          />
        </FormField>
        {num('noticeDays')}
        {num('auditNoticeDays')}
        <FormField label={t('draft.jurisdiction')}>
          <input
            className="input"
            value={options.jurisdiction}
            onChange={(e) => set({ jurisdiction: e.target.value })}
          />
        </FormField>
        <FormField label={t('draft.place')}>
          <input
            className="input"
            value={options.place}
            onChange={(e) => set({ place: e.target.value })}
          />
        </FormField>
        <FormField label={t('draft.subProcessing')} className="span-2">
          <select
            className="input"
            value={options.subProcessing}
            onChange={(e) =>
              set({ subProcessing: e.target.value as AvvDraftOptions['subProcessing'] })
            }
          >
            <option value="general">{t('draft.general')}</option>
            <option value="specific">{t('draft.specific')}</option>
          </select>
        </FormField>
        {num('objectionDays')}
        <FormField label={t('draft.language')}>
          <select
            className="input"
            value={options.language}
            onChange={(e) => set({ language: e.target.value as 'de' | 'en' })}
          >
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </FormField>
        <FormField label={t('draft.template')} className="span-2">
          <select
            className="input"
            value={options.templateId ?? ''}
            onChange={(e) => set({ templateId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('draft.builtIn')}</option>
            {templates.data?.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <fieldset className="fieldset draft-clauses">
        <legend className="fieldset-legend">{t('draft.clauses')}</legend>
        <p className="field-hint">{t('draft.clausesHint')}</p>
        {clauseKeys.map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(e) => set({ [key]: e.target.checked })}
            />{' '}
            {t(`draft.${key}`)}
          </label>
        ))}
        {options.breachNotice ? (
          <FormField label={t('draft.breachNoticeHours')}>
            <input
              className="input input-compact"
              type="number"
              min={1}
              max={72}
              value={options.breachNoticeHours}
              onChange={(e) =>
                set({ breachNoticeHours: Math.min(72, Math.max(1, Number(e.target.value) || 1)) })
              }
            />
          </FormField>
        ) : null}
      </fieldset>
      <div aria-live="polite">
        {check.data?.complete ? <p className="badge badge-success">{t('draft.complete')}</p> : null}
        {check.data && !check.data.complete ? (
          <div className="inline-warning">
            <p>{t('draft.gaps', { count: check.data.gaps.length })}</p>
            <ul className="gap-list">
              {check.data.gaps.map((gap, i) => {
                const link = gapLink(clientId, processor.id, gap);
                const what = t(`gaps.${gap.item}`, {
                  area: gap.area ? t(`tomAreas.${gap.area}`) : '',
                  name: gap.subProcessor,
                });
                const where = gap.activityName
                  ? t('draft.inActivity', { activity: gap.activityName })
                  : t(`draft.where.${gap.place}`);
                return (
                  <li key={i}>
                    {what} – {link ? <a href={href(link)}>{where}</a> : where}
                  </li>
                );
              })}
            </ul>
            <p className="muted">{t('draft.gapsNote')}</p>
          </div>
        ) : null}
      </div>
      {canMarkSent ? (
        <label className="check">
          <input
            type="checkbox"
            checked={markSent}
            onChange={(e) => setMarkSent(e.target.checked)}
          />{' '}
          {t('draft.markSent')}
        </label>
      ) : null}
      <ErrorBanner error={generate.error ?? check.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={generate.isPending}
          onClick={() =>
            generate.mutate(
              { options, markSent },
              {
                onSuccess: async (file) => {
                  await saveExportedFile(file);
                  toast(t('draft.generated', { name: file.filename }));
                  setMarkSent(false);
                },
              },
            )
          }
        >
          {t('draft.generate')}
        </button>
      </div>
    </section>
  );
}
