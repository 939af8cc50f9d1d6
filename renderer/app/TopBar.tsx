import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/api';
import { call } from '../api/client';
import { useToast } from '../components';
import { applyLanguage, languages } from '../i18n';
import { ClientSwitcher } from './ClientSwitcher';
import { queryKeys, usePreferences } from './queries';
import { href, useRoute } from './router';

export function TopBar({ orgId }: { orgId: number | null }) {
  const { t } = useTranslation('common');
  const route = useRoute();
  return (
    <header className="topbar">
      <a className="brand" href={href('/')}>
        <span className="brand-mark" aria-hidden="true">
          PD
        </span>
        <span className="brand-name">Privacy Desk</span>
      </a>
      <ClientSwitcher orgId={orgId} />
      <div className="topbar-end">
        <LanguageSwitch />
        <a
          className="topbar-link"
          href={href('/settings')}
          aria-current={route[0] === 'settings' ? 'page' : undefined}
        >
          {t('shell.settings')}
        </a>
      </div>
    </header>
  );
}

/** DE/EN toggle; the choice is a preference stored by the API, not per browser. */
function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const preferences = usePreferences();
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: (language: Language) => call('preferences.set', { ...preferences.data!, language }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.preferences(), saved);
      applyLanguage(saved.language);
    },
    onError: () => toast(t('shell.languageFailed'), 'error'),
  });

  return (
    <div className="segmented" role="group" aria-label={t('shell.language')}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          className="segmented-item"
          aria-pressed={i18n.language === lang}
          lang={lang}
          // Endonyms ("Deutsch", "English") in the button's own language. The name starts
          // with the visible code so voice control can use what it sees (WCAG 2.5.3).
          title={t(`shell.languageName.${lang}`)}
          aria-label={`${lang.toUpperCase()} (${t(`shell.languageName.${lang}`)})`}
          disabled={!preferences.data || mutation.isPending}
          onClick={() => mutation.mutate(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
