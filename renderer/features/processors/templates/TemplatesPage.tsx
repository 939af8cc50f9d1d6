import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvvTemplate } from '../../../../core/api';
import { avvLoops, avvPlaceholders } from '../../../../core/i18n/avv-placeholders';
import { href } from '../../../app/router';
import {
  ConfirmDialog,
  ErrorBanner,
  FormField,
  Page,
  useFormat,
  useToast,
} from '../../../components';
import { currentLanguage } from '../../../i18n';
import { useAddTemplate, useDeleteTemplate } from '../mutations';
import { useTemplates } from '../queries';

/** Custom AVV Word templates for DPOs, with the documented placeholders. */
export function TemplatesPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const format = useFormat();
  const lang = currentLanguage();
  const templates = useTemplates();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [deleting, setDeleting] = useState<AvvTemplate | null>(null);
  const add = useAddTemplate();
  const remove = useDeleteTemplate();

  return (
    <Page
      title={t('templates.title')}
      actions={
        <a className="button" href={href(`/client/${clientId}/processors`)}>
          {t('editor.back')}
        </a>
      }
    >
      <p className="lead">{t('templates.intro')}</p>
      <section className="card section">
        <h2 className="card-title">{t('templates.registered')}</h2>
        {templates.data && templates.data.length === 0 ? (
          <p className="muted">{t('templates.empty')}</p>
        ) : null}
        <ul className="attachment-list">
          {templates.data?.map((tpl) => (
            <li key={tpl.id} className="attachment-item">
              <div>
                <strong>{tpl.name}</strong>{' '}
                <span className="muted">
                  ({tpl.filename}, {format.dateTime(tpl.createdAt)})
                </span>
                <div className="muted">
                  {t('templates.uses', { list: tpl.placeholders.join(', ') })}
                </div>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => setDeleting(tpl)}
              >
                {t('templates.delete')}
              </button>
            </li>
          ))}
        </ul>
        <form
          className="processor-toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file || !name.trim()) return;
            add.mutate(
              { name, file },
              {
                onSuccess: (tpl) => {
                  toast(t('templates.added', { name: tpl.name }));
                  setName('');
                  setFile(null);
                },
              },
            );
          }}
        >
          <FormField label={t('templates.name')} required>
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
          </FormField>
          <FormField label={t('templates.file')} required>
            <input
              className="input"
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </FormField>
          <button
            type="submit"
            className="button button-primary"
            disabled={!file || !name.trim() || add.isPending}
          >
            {t('templates.add')}
          </button>
        </form>
        <ErrorBanner error={add.error ?? remove.error} />
      </section>
      <section className="card section">
        <h2 className="card-title">{t('templates.placeholders')}</h2>
        <p>{t('templates.syntax')}</p>
        <table className="table placeholder-table">
          <thead>
            <tr>
              <th scope="col">{t('templates.placeholder')}</th>
              <th scope="col">{t('templates.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {avvPlaceholders.map((p) => (
              <tr key={p.tag}>
                <td>
                  <code>{`{${p.tag}}`}</code>
                </td>
                <td>{p[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="subheading">{t('templates.loops')}</h3>
        {avvLoops.map((loop) => (
          <div key={loop.tag} className="section">
            <p>
              <code>{`{#${loop.tag}}`}</code> … <code>{`{/${loop.tag}}`}</code> – {loop[lang]}
            </p>
            <ul>
              {loop.fields.map((f) => (
                <li key={f.tag}>
                  <code>{`{${f.tag}}`}</code> – {f[lang]}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('templates.deleteTitle')}
        body={t('templates.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('templates.delete')}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })
        }
        onCancel={() => setDeleting(null)}
      />
    </Page>
  );
}
