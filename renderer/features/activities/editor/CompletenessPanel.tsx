import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Completeness,
  CompletenessItem,
  RecommendationItem,
  TransferIssue,
} from '../../../../core/api';
import { href } from '../../../app/router';
import { ConfirmDialog } from '../../../components';
import { templateNoteId, useTemplateState } from './template';

// Where each item is fixed: the control to focus (the first one of a group).
const missingTarget: Record<Exclude<CompletenessItem, 'controller'>, string> = {
  purposes: '#activity-purposes',
  subjects: '#activity-subjects',
  dataCategories: '#activity-dataCategories',
  recipients: '#activity-recipients',
  transfers: '#section-transfers',
  retention: '#activity-retention',
  toms: '#activity-toms',
};
const recommendationTarget: Record<RecommendationItem, string> = {
  legalBasis: '#legal-bases-art6 input',
  art9Basis: '#legal-bases-art9 input',
  dpia: '#activity-dpiaStatus',
  nextReview: '#activity-nextReview',
};

function jump(selector: string) {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

export interface CompletenessPanelProps {
  clientId: number;
  completeness: Completeness;
  /** True while the shown state includes unsaved edits. */
  live: boolean;
  /** The transfers as "country: recipient", to name the template's placeholder transfer. */
  transfers?: string[];
}

/**
 * What Art. 30(1) still needs, then the template content the user has not confirmed, kept
 * apart from what is only recommended (legal basis, DPIA, review date): a record is never
 * "incomplete" for lacking those (docs/domain.md 1).
 */
export function CompletenessPanel({
  clientId,
  completeness,
  live,
  transfers,
}: CompletenessPanelProps) {
  const { t } = useTranslation('activities');
  const template = useTemplateState();
  const [confirmingAll, setConfirmingAll] = useState(false);
  const { missing, recommended, unconfirmed } = completeness;
  const status = completeness.complete
    ? t('panel.complete')
    : missing.length > 0
      ? t('panel.missingCount', { count: missing.length })
      : t('panel.unconfirmedCount', { count: unconfirmed.length });
  return (
    <aside
      className={`card completeness ${completeness.complete ? 'is-complete' : 'is-incomplete'}`}
      role="region"
      aria-label={t('panel.label')}
    >
      <h2 className="card-title">{t('panel.title')}</h2>
      <p className="completeness-status" aria-live="polite">
        {status}
      </p>
      {live ? <p className="field-hint">{t('panel.live')}</p> : null}
      <div className="completeness-groups">
        {missing.length > 0 ? (
          <div className="completeness-group">
            <h3 className="subheading">{t('panel.missingTitle')}</h3>
            <ul className="completeness-list" aria-label={t('panel.missingTitle')}>
              {missing.map((item) => (
                <li key={item} className="completeness-item is-missing">
                  {item === 'controller' ? (
                    <a href={href(`/client/${clientId}/details`)}>{t(`completeness.${item}`)}</a>
                  ) : (
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => jump(missingTarget[item])}
                    >
                      {t(`completeness.${item}`)}
                    </button>
                  )}
                  <span className="completeness-hint">{t(`completenessHint.${item}`)}</span>
                  {item === 'transfers' ? (
                    <TransferIssueList issues={completeness.transferIssues ?? []} />
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {unconfirmed.length > 0 ? (
          <div className="completeness-group">
            <h3 className="subheading">{t('panel.unconfirmedTitle')}</h3>
            <p className="completeness-hint">{t('panel.unconfirmedIntro')}</p>
            <ul className="completeness-list" aria-label={t('panel.unconfirmedTitle')}>
              {unconfirmed.map((field) => (
                <li key={field} className="completeness-item is-unconfirmed">
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => jump(`#${templateNoteId(field)}`)}
                  >
                    {t(`templateField.${field}`)}
                  </button>
                  {field === 'transfers' && transfers?.length ? (
                    <span className="completeness-hint">
                      {t('panel.placeholderTransfer', { transfers: transfers.join('; ') })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            {template ? (
              <div className="completeness-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={template.confirming}
                  onClick={() => setConfirmingAll(true)}
                >
                  {t('panel.confirmAll')}
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
        {recommended.length > 0 ? (
          <div className="completeness-group">
            <h3 className="subheading">{t('panel.recommendedTitle')}</h3>
            <ul className="completeness-list" aria-label={t('panel.recommendedTitle')}>
              {recommended.map((item) => (
                <li key={item} className="completeness-item is-recommended">
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => jump(recommendationTarget[item])}
                  >
                    {t(`recommendation.${item}`)}
                  </button>
                  <span className="completeness-hint">{t(`recommendationHint.${item}`)}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {template ? (
        <ConfirmDialog
          open={confirmingAll}
          title={t('panel.confirmAllTitle')}
          body={t('panel.confirmAllBody', {
            fields: unconfirmed.map((field) => t(`templateField.${field}`)).join(', '),
          })}
          confirmLabel={t('panel.confirmAllConfirm')}
          busy={template.confirming}
          onConfirm={() => {
            template.confirm([...unconfirmed]);
            setConfirmingAll(false);
          }}
          onCancel={() => setConfirmingAll(false)}
        />
      ) : null}
    </aside>
  );
}

/** Which recipient or processor makes lit. e incomplete, and what it lacks. */
function TransferIssueList({ issues }: { issues: readonly TransferIssue[] }) {
  const { t } = useTranslation('activities');
  if (issues.length === 0) return null;
  const who = (i: TransferIssue) =>
    i.recipient
      ? i.via
        ? t('transferIssue.subProcessor', { name: i.recipient, via: i.via })
        : t(`transferIssue.${i.source === 'processor' ? 'processor' : 'recipient'}`, {
            name: i.recipient,
          })
      : t('transferIssue.country', { country: i.country });
  return (
    <ul className="completeness-details">
      {issues.map((i, index) => (
        <li key={index}>
          {t(`transferIssue.problem.${i.problem}`, { who: who(i), country: i.country })}
        </li>
      ))}
    </ul>
  );
}
