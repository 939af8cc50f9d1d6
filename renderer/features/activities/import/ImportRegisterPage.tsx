import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterImportPreview, RegisterMapping } from '../../../../core/api';
import { fileToBase64 } from '../../../api/download';
import { useClient } from '../../../app/queries';
import { href, navigate } from '../../../app/router';
import { ErrorBanner, FormField, Page, useToast } from '../../../components';
import { isApiError } from '../../../components/server-issues';
import { useImportRegister, usePreviewRegisterImport, useSaveImportMapping } from '../mutations';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';

interface Picked {
  name: string;
  base64: string;
}

type Step = 'file' | 'mapping' | 'preview';

/**
 * Starting from the register a firm already keeps in Excel or CSV: choose the file, map its
 * columns to the register's fields, look at every activity it would create, then import.
 */
export function ImportRegisterPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  const toast = useToast();
  const client = useClient(clientId);
  const preview = usePreviewRegisterImport();
  const run = useImportRegister(clientId);
  const saveMapping = useSaveImportMapping();
  const [file, setFile] = useState<Picked | null>(null);
  const [step, setStep] = useState<Step>('file');
  const [skip, setSkip] = useState<ReadonlySet<number>>(new Set());
  const p: RegisterImportPreview | undefined = preview.data;

  const read = (picked: Picked, mapping: RegisterMapping | null, next: Step) =>
    preview.mutate(
      { clientId, name: picked.name, base64: picked.base64, mapping },
      { onSuccess: () => setStep(next) },
    );

  // A file the app refuses (too large, not a spreadsheet) is an error at the file field.
  const fileIssue = isApiError(preview.error)
    ? preview.error.issues.find((i) => i.path === 'base64')?.message
    : undefined;

  return (
    <Page
      title={t('import.title')}
      eyebrow={client.data?.name}
      actions={
        <a className="button" href={href(`/client/${clientId}/activities`)}>
          {t('import.back')}
        </a>
      }
    >
      <p className="lead">{t('import.intro')}</p>
      <ol className="import-steps" aria-label={t('import.stepsLabel')}>
        {(['file', 'mapping', 'preview'] as const).map((s, i) => (
          <li key={s} aria-current={step === s ? 'step' : undefined}>
            {i + 1}. {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      <section className="card form">
        <FormField label={t('import.file')} hint={t('import.fileHint')} error={fileIssue}>
          <input
            className="input"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              if (!chosen) return;
              const picked = { name: chosen.name, base64: await fileToBase64(chosen) };
              setFile(picked);
              setSkip(new Set());
              setStep('file');
              read(picked, null, 'mapping');
            }}
          />
        </FormField>
        {preview.isPending ? (
          <p className="muted" role="status">
            {t('import.reading')}
          </p>
        ) : null}
      </section>
      {fileIssue ? null : <ErrorBanner error={preview.error} />}
      {file && p && step === 'mapping' ? (
        <MappingStep
          preview={p}
          saving={saveMapping.isPending || preview.isPending}
          onChange={(mapping) => read(file, mapping, 'mapping')}
          onNext={(mapping, save) => {
            const next = () => read(file, mapping, 'preview');
            if (save) saveMapping.mutate({ clientId, mapping }, { onSuccess: next });
            else next();
          }}
        />
      ) : null}
      <ErrorBanner error={saveMapping.error} />
      {file && p && step === 'preview' ? (
        <PreviewStep
          preview={p}
          skip={skip}
          onSkip={setSkip}
          pending={run.isPending}
          error={run.error}
          onBack={() => setStep('mapping')}
          onImport={() =>
            run.mutate(
              {
                clientId,
                name: file.name,
                base64: file.base64,
                mapping: p.mapping,
                skipRows: [...skip],
              },
              {
                onSuccess: (r) => {
                  toast(t('import.done', { count: r.created }));
                  navigate(`/client/${clientId}/activities`);
                },
              },
            )
          }
        />
      ) : null}
    </Page>
  );
}
