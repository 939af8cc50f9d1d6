import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/api';
import { useClient } from '../../app/queries';
import { href, routeId } from '../../app/router';
import { EmptyState, ErrorBanner, Page, useToast } from '../../components';
import { ClassesMatrix } from './ClassesMatrix';
import { PlanSection } from './PlanSection';
import { RuleEditorPage } from './RuleEditorPage';
import { RulesTable } from './RulesTable';
import { RunLog } from './RunLog';
import { useExportConcept } from './mutations';
import { useRules } from './queries';

export interface RetentionRouteProps {
  clientId: number;
  /** Segments after 'retention': [] overview, ['new'], [':id']. */
  path: string[];
}

export function RetentionRoute({ clientId, path }: RetentionRouteProps) {
  if (path.length === 0) return <RetentionPage key={clientId} clientId={clientId} />;
  if (path.length === 1 && path[0] === 'new')
    return <RuleEditorPage clientId={clientId} ruleId={null} />;
  const id = path.length === 1 ? routeId(path[0]) : null;
  if (id !== null) return <RuleEditorPage key={id} clientId={clientId} ruleId={id} />;
  return <RuleNotFound clientId={clientId} />;
}

/** The deletion concept of one client: rules, the plan, the log and the classes matrix. */
function RetentionPage({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation('retention');
  const client = useClient(clientId);
  const rules = useRules(clientId);
  const toast = useToast();
  // Follows the UI language (which may still be loading) until the user picks one here.
  const [picked, setLanguage] = useState<Language | null>(null);
  const language: Language = picked ?? (i18n.language === 'en' ? 'en' : 'de');
  const exportConcept = useExportConcept(clientId);

  const actions = (
    <>
      <label className="visually-hidden" htmlFor="concept-language">
        {t('export.language')}
      </label>
      <select
        id="concept-language"
        className="input retention-lang"
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
      >
        <option value="de">{t('export.de')}</option>
        <option value="en">{t('export.en')}</option>
      </select>
      <button
        type="button"
        className="button"
        disabled={exportConcept.isPending}
        onClick={() =>
          exportConcept.mutate(language, {
            onSuccess: ({ saved, filename }) => {
              if (saved) toast(t('export.done', { filename }));
            },
          })
        }
      >
        {t('export.button')}
      </button>
      <a className="button button-primary" href={href(`/client/${clientId}/retention/new`)}>
        {t('rules.new')}
      </a>
    </>
  );

  return (
    <Page title={t('title')} eyebrow={client.data?.name} actions={actions}>
      <p className="lead">{t('intro')}</p>
      <ErrorBanner error={rules.error ?? exportConcept.error} />
      {rules.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {rules.data && rules.data.length === 0 ? (
        <EmptyState
          title={t('rules.emptyTitle')}
          body={t('rules.emptyBody')}
          action={
            <a className="button button-primary" href={href(`/client/${clientId}/retention/new`)}>
              {t('rules.new')}
            </a>
          }
        />
      ) : null}
      {rules.data && rules.data.length > 0 ? (
        <>
          <RulesTable clientId={clientId} rules={rules.data} />
          <PlanSection clientId={clientId} />
          <RunLog clientId={clientId} rules={rules.data} />
          <ClassesMatrix clientId={clientId} rules={rules.data} />
        </>
      ) : null}
    </Page>
  );
}

export function RuleNotFound({ clientId }: { clientId: number }) {
  const { t } = useTranslation('retention');
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.title')}
        body={t('notFound.body')}
        action={
          <a className="button" href={href(`/client/${clientId}/retention`)}>
            {t('notFound.back')}
          </a>
        }
      />
    </Page>
  );
}
