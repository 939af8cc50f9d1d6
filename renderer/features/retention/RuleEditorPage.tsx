import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRule, RetentionRuleInput, RetentionRuleValues } from '../../../core/api';
import { useClient } from '../../app/queries';
import { href, navigate } from '../../app/router';
import {
  BlockedAction,
  ConfirmDialog,
  ErrorBanner,
  History,
  Page,
  useFormat,
  useToast,
} from '../../components';
import { useRetentionFormat } from './format';
import { useDeleteRule, useSaveRule } from './mutations';
import { useRule } from './queries';
import { RuleForm } from './RuleForm';

const emptyRule: RetentionRuleInput = {
  name: '',
  description: '',
  catalogueKey: null,
  startEvent: 'creation',
  startDescription: '',
  periodAmount: 1,
  periodUnit: 'years',
  yearEnd: false,
  runInterval: 'monthly',
  method: 'delete',
  norm: '',
  reason: '',
  systems: [],
  responsible: '',
  legalHold: false,
  holdReason: '',
  activityIds: [],
  dataCategoryIds: [],
};

const toInput = (r: RetentionRule): RetentionRuleInput => ({
  ...r,
  activityIds: r.activities.map((a) => a.id),
  dataCategoryIds: r.dataCategories.map((d) => d.id),
});

/** A new rule (ruleId null) or an existing one with its run status, delete and history. */
export function RuleEditorPage({ clientId, ruleId }: { clientId: number; ruleId: number | null }) {
  const { t } = useTranslation('retention');
  const client = useClient(clientId);
  const rule = useRule(ruleId);
  const toast = useToast();
  const listPath = `/client/${clientId}/retention`;
  const save = useSaveRule(clientId, ruleId);

  if (ruleId !== null && rule.error) return <ErrorBanner error={rule.error} />;
  if (ruleId !== null && !rule.data) return <p className="muted">{t('common:status.loading')}</p>;
  const existing = ruleId !== null ? rule.data : undefined;

  const onSave = async (values: RetentionRuleValues) => {
    try {
      const saved = await save.mutateAsync(values);
      toast(t('editor.saved', { name: saved.name }));
      if (ruleId === null) navigate(`${listPath}/${saved.id}`);
      return saved;
    } catch {
      return null;
    }
  };

  return (
    <Page
      title={existing ? existing.name : t('editor.newTitle')}
      eyebrow={client.data?.name}
      actions={
        <a className="button" href={href(listPath)}>
          {t('editor.back')}
        </a>
      }
    >
      {existing?.appliesTo === 'closed_requests' ? (
        <p className="banner">{t('editor.closedRequestsNote')}</p>
      ) : null}
      {existing ? <RuleStatus rule={existing} /> : null}
      <RuleForm
        closedRequests={existing?.appliesTo === 'closed_requests'}
        key={existing?.updatedAt ?? 'new'}
        clientId={clientId}
        isNew={ruleId === null}
        defaultValues={existing ? toInput(existing) : emptyRule}
        onSave={onSave}
        error={save.error}
      />
      {existing ? <DeleteRule rule={existing} listPath={listPath} /> : null}
      {existing ? (
        <section className="section" aria-label={t('common:history.title')}>
          <History entity="retention_rule" entityId={existing.id} />
        </section>
      ) : null}
    </Page>
  );
}

/** The Regellöschfrist and, per system, the last run and when the next one is due. */
function RuleStatus({ rule }: { rule: RetentionRule }) {
  const { t } = useTranslation('retention');
  const format = useFormat();
  const f = useRetentionFormat();
  return (
    <div className="card section">
      <p>
        <strong>{t('fields.regularPeriod')}:</strong> {f.regular(rule.regularPeriod)} (
        {f.retention(rule)} + {t(`intervals.${rule.runInterval}`)})
      </p>
      <ul>
        {rule.runs.map((r) => (
          <li key={r.system}>
            {r.system ? `${r.system}: ` : ''}
            {t('editor.lastRun', { date: r.lastRun ? format.date(r.lastRun) : '–' })}
            {' · '}
            {rule.legalHold
              ? t('rules.onHold')
              : r.nextDue
                ? t('editor.nextDue', { date: format.date(r.nextDue) })
                : t('rules.noRequestDue')}
            {r.overdue ? (
              <>
                {' '}
                <span className="badge badge-danger">{t('plan.overdue')}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DeleteRule({ rule, listPath }: { rule: RetentionRule; listPath: string }) {
  const { t } = useTranslation('retention');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const remove = useDeleteRule(rule.id);
  const linked = rule.activities.length + rule.dataCategories.length;
  // The rule for closed requests stays with its client; a linked rule is unlinked first.
  const blocked =
    rule.appliesTo === 'closed_requests'
      ? t('delete.closedRequests')
      : linked > 0
        ? t('delete.linked', { count: linked })
        : null;
  return (
    <section className="card danger-zone section">
      <h2 className="card-title">{t('delete.title')}</h2>
      <p className="muted">{blocked ?? t('delete.body')}</p>
      <ErrorBanner error={remove.error} />
      {blocked ? (
        <BlockedAction
          className="button button-danger-outline"
          label={t('delete.button')}
          reason={blocked}
        />
      ) : (
        <button
          type="button"
          className="button button-danger-outline"
          onClick={() => setOpen(true)}
        >
          {t('delete.button')}
        </button>
      )}
      <ConfirmDialog
        open={open}
        danger
        busy={remove.isPending}
        title={t('delete.confirmTitle', { name: rule.name })}
        body={t('delete.confirmBody')}
        confirmLabel={t('delete.button')}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              toast(t('delete.done', { name: rule.name }));
              navigate(listPath);
            },
            onSettled: () => setOpen(false),
          })
        }
      />
    </section>
  );
}
