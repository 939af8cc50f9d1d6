import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  activityInput,
  type Activity,
  type ActivityInput,
  type ActivityProcessor,
  type ActivityValues,
  type LinkedRetentionRule,
} from '../../../../core/api';
import { checkCompleteness } from '../../../../core/rules/completeness';
import { useClient } from '../../../app/queries';
import { ErrorBanner, useServerIssues } from '../../../components';
import { CompletenessPanel } from './CompletenessPanel';
import { activityFieldNames, completenessInputOf, toFormValues } from './formValues';
import { ControllerSection } from './sections/ControllerSection';
import { GeneralSection } from './sections/GeneralSection';
import {
  DpiaSection,
  MoreSection,
  RetentionSection,
  TomsSection,
} from './sections/MeasuresSections';
import { PurposesSection } from './sections/PurposesSection';
import { RecipientsSection } from './sections/RecipientsSection';
import { SubjectsDataSection } from './sections/SubjectsDataSection';
import { TransfersSection } from './sections/TransfersSection';
import { TemplateProvider, useLiveUnconfirmed, type TemplateState } from './template';
import { useSaveShortcut, useUnsavedGuard } from './useUnsavedGuard';

const noRules: LinkedRetentionRule[] = [];
const noProcessors: ActivityProcessor[] = [];

export interface ActivityFormProps {
  clientId: number;
  defaultValues: ActivityInput;
  /** Saves; resolves to the stored activity, or null when the API refused. */
  onSave(values: ActivityValues): Promise<Activity | null>;
  /** The last server error, shown above the form and on the fields it names. */
  error: unknown;
  submitLabel: string;
  /** Where Back/Cancel goes (asking first when there are unsaved edits). */
  backPath: string;
  /** Told when the form becomes dirty or clean (the new page hides its template offer). */
  onDirtyChange?(dirty: boolean): void;
  /** Deletion rules linked to the saved activity; they also document Art. 30(1)(f). */
  retentionRules?: LinkedRetentionRule[];
  /** For an activity made from a starter template: its hints and unconfirmed fields. */
  template?: TemplateState;
  /** Processors linked to the saved activity; their third-country transfers count (lit. e). */
  processors?: ActivityProcessor[];
}

/** One form for creating and editing, in the order of Art. 30(1) a-g plus the DSK additions. */
export function ActivityForm(props: ActivityFormProps) {
  const { clientId, defaultValues, onSave, error, submitLabel, backPath, onDirtyChange } = props;
  const retentionRules = props.retentionRules ?? noRules;
  const processors = props.processors ?? noProcessors;
  const { t } = useTranslation('activities');
  const form = useForm<ActivityInput, unknown, ActivityValues>({
    resolver: zodResolver(activityInput),
    defaultValues,
  });
  const { handleSubmit, reset, formState } = form;
  const { isDirty, isSubmitting } = formState;
  const [invalid, setInvalid] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);
  const guard = useUnsavedGuard(isDirty);

  const submit = handleSubmit(
    async (values) => {
      setInvalid(false);
      const saved = await onSave(values);
      // The stored activity becomes the new clean state (names trimmed, catalogue spellings).
      if (saved) reset(toFormValues(saved));
    },
    () => setInvalid(true),
  );
  useSaveShortcut(() => void submit());
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);

  const server = useServerIssues(error, {
    form,
    fields: activityFieldNames,
    prefix: 'activity.',
    label: (field) => t(`fields.${field}`),
  });
  const unplaced = server.banner.issues.length > 0;
  useEffect(() => {
    if (unplaced) bannerRef.current?.scrollIntoView({ block: 'center' });
  }, [error, unplaced]);

  return (
    <FormProvider {...form}>
      <TemplateProvider value={props.template ?? null}>
        <div className="activity-editor">
          <LiveCompleteness
            clientId={clientId}
            control={form.control}
            dirty={isDirty}
            retentionRules={retentionRules}
            processors={processors}
          />
          <form
            className="form activity-form"
            noValidate
            onSubmit={submit}
            aria-label={t('editor.formLabel')}
          >
            {server.banner.error ? (
              <div ref={bannerRef}>
                <ErrorBanner {...server.banner} title={t('editor.notSaved')} />
              </div>
            ) : null}
            <p className="form-note">{t('editor.requiredNote')}</p>
            <GeneralSection />
            <ControllerSection clientId={clientId} />
            <PurposesSection />
            <SubjectsDataSection clientId={clientId} />
            <RecipientsSection clientId={clientId} />
            <TransfersSection clientId={clientId} processors={processors} />
            <RetentionSection rules={retentionRules} />
            <TomsSection />
            <MoreSection />
            <DpiaSection />
            <div className="form-actions form-actions-sticky">
              <button type="submit" className="button button-primary" disabled={isSubmitting}>
                {isSubmitting ? t('common:status.saving') : submitLabel}
              </button>
              <button type="button" className="button" onClick={() => guard.leave(backPath)}>
                {t('editor.back')}
              </button>
              <span className="muted form-actions-note">
                {invalid && Object.keys(formState.errors).length > 0 ? (
                  <span className="field-error" role="alert">
                    {t('editor.invalid')}
                  </span>
                ) : isDirty ? (
                  t('editor.unsaved')
                ) : (
                  t('editor.shortcut')
                )}
              </span>
            </div>
          </form>
        </div>
      </TemplateProvider>
      {guard.dialog}
    </FormProvider>
  );
}

/** Re-renders on every edit on its own, so typing does not re-render the whole form. */
function LiveCompleteness({
  clientId,
  control,
  dirty,
  retentionRules,
  processors,
}: {
  clientId: number;
  control: Control<ActivityInput, unknown, ActivityValues>;
  dirty: boolean;
  retentionRules: LinkedRetentionRule[];
  processors: ActivityProcessor[];
}) {
  const values = useWatch({ control }) as ActivityInput;
  const unconfirmed = useLiveUnconfirmed();
  const client = useClient(clientId).data;
  if (!client) return <div className="completeness-placeholder" />;
  // The same pure rule the API applies, so the panel agrees with the list after saving.
  const completeness = checkCompleteness(
    { ...completenessInputOf(values), retentionRules, unconfirmed, processors },
    client,
  );
  const transfers = (values.transfers ?? []).map((x) =>
    [x.country, x.recipient].filter((part) => part?.trim()).join(': '),
  );
  return (
    <CompletenessPanel
      clientId={clientId}
      completeness={completeness}
      live={dirty}
      transfers={transfers}
    />
  );
}
