import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dpiaStatus, type ActivityInput, type LinkedRetentionRule } from '../../../../../core/api';
import { FormField } from '../../../../components';
import { fieldId, Section, TextField } from '../fields';
import { TemplateNote } from '../template';

/**
 * (f) erasure periods, owed "where possible", which for a small firm means: write them down,
 * as text or as linked deletion rules (those are edited in the deletion concept).
 */
export function RetentionSection({ rules }: { rules: LinkedRetentionRule[] }) {
  const { t } = useTranslation('activities');
  return (
    <Section id="section-retention" title={t('sections.retention')} reference={t('refs.f')}>
      <TextField name="retention" rows={4} hint={t('hints.retention')} />
      <TemplateNote field="retention" />
      {rules.length > 0 ? (
        <div>
          <p className="field-label">{t('retentionRules.title')}</p>
          <ul className="linked-rules">
            {rules.map((rule) => (
              <li key={rule.id}>
                {rule.name}
                {rule.norm ? <span className="muted"> ({rule.norm})</span> : null}
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('retentionRules.hint')}</p>
        </div>
      ) : null}
    </Section>
  );
}

/** (g) a general description of the Art. 32 measures, or a reference to the TOM concept. */
export function TomsSection() {
  const { t } = useTranslation('activities');
  return (
    <Section
      id="section-toms"
      title={t('sections.toms')}
      reference={t('refs.g')}
      intro={t('intro.toms')}
    >
      <TextField name="toms" rows={5} hint={t('hints.toms')} />
      <TemplateNote field="toms" />
      <TextField name="tomsReference" hint={t('hints.tomsReference')} />
    </Section>
  );
}

/** Optional German additions (DSK sample form): systems and where the data comes from. */
export function MoreSection() {
  const { t } = useTranslation('activities');
  return (
    <Section id="section-more" title={t('sections.more')} intro={t('intro.more')}>
      <div className="grid-2">
        <div className="field-with-note">
          <TextField name="itSystems" rows={3} hint={t('hints.itSystems')} />
          <TemplateNote field="itSystems" />
        </div>
        <div className="field-with-note">
          <TextField name="dataSource" rows={3} hint={t('hints.dataSource')} />
          <TemplateNote field="dataSource" />
        </div>
      </div>
    </Section>
  );
}

/** Art. 35 screening: whether a data protection impact assessment is needed, and why. */
export function DpiaSection() {
  const { t } = useTranslation('activities');
  const { register } = useFormContext<ActivityInput>();
  return (
    <Section
      id="section-dpia"
      title={t('sections.dpia')}
      reference={t('refs.dpia')}
      intro={t('intro.dpia')}
    >
      <div className="grid-2">
        <FormField label={t('fields.dpiaStatus')}>
          <select id={fieldId('dpiaStatus')} className="input" {...register('dpiaStatus')}>
            {dpiaStatus.options.map((value) => (
              <option key={value} value={value}>
                {t(`dpia.${value}`)}
              </option>
            ))}
          </select>
        </FormField>
        <TextField name="dpiaReason" rows={3} hint={t('hints.dpiaReason')} className="span-2" />
      </div>
      <TemplateNote field="dpia" />
    </Section>
  );
}
