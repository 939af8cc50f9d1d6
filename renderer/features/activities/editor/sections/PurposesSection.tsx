import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { legalBasisCodes, type ActivityInput } from '../../../../../core/api';
import { legalBasisLabels, type LegalBasisCode } from '../../../../../core/i18n/legal-bases';
import { Section, TextField } from '../fields';
import { TemplateNote } from '../template';

const art6 = legalBasisCodes.filter((code) => code.startsWith('art6_'));
const art9 = legalBasisCodes.filter((code) => code.startsWith('art9_'));

/** (b) purposes, and the legal bases: recommended for the user's own good, not an Art. 30 duty. */
export function PurposesSection() {
  const { t } = useTranslation('activities');
  return (
    <Section
      id="section-purposes"
      title={t('sections.purposes')}
      reference={t('refs.b')}
      intro={t('intro.purposes')}
    >
      <TextField name="purposes" rows={5} hint={t('hints.purposes')} />
      <TemplateNote field="purposes" />
      <div className="legal-bases" id="activity-legalBases" tabIndex={-1}>
        <p className="subheading">
          {t('fields.legalBases')} <span className="tag">{t('legalBases.recommended')}</span>
        </p>
        <p className="field-hint">{t('legalBases.hint')}</p>
        <div className="legal-bases-groups">
          <LegalBasisGroup legend={t('legalBases.art6')} codes={art6} />
          <LegalBasisGroup
            legend={t('legalBases.art9')}
            codes={art9}
            hint={t('legalBases.art9Hint')}
          />
        </div>
      </div>
      <TextField name="nationalNorm" rows={2} hint={t('hints.nationalNorm')} />
      <TemplateNote field="legalBases" />
    </Section>
  );
}

function LegalBasisGroup({
  legend,
  codes,
  hint,
}: {
  legend: string;
  codes: readonly string[];
  hint?: string;
}) {
  const { t, i18n } = useTranslation('activities');
  const { register } = useFormContext<ActivityInput>();
  const labels = legalBasisLabels[i18n.language === 'en' ? 'en' : 'de'];
  const groupId = codes[0]?.startsWith('art9_') ? 'legal-bases-art9' : 'legal-bases-art6';
  return (
    <fieldset className="checkbox-group" id={groupId}>
      <legend className="field-label">{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {codes.map((code) => {
        const label = labels[code as LegalBasisCode];
        const letter = code.slice(-1);
        return (
          <label key={code} className="check" title={label.norm}>
            <input type="checkbox" value={code} {...register('legalBases')} />
            <span>
              <span className="check-letter">{t('legalBases.letter', { letter })}</span>{' '}
              {label.text}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
