import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/api';
import { useToast } from '../components';
import { languages } from '../i18n';
import { ClientSwitcher } from './ClientSwitcher';
import { useSavePreferences } from './mutations';
import { useClients, usePreferences } from './queries';
import { href, useRoute } from './router';

export function TopBar({ clientId }: { clientId: number | null }) {
  const { t } = useTranslation('common');
  const route = useRoute();
  // With one client its home is the whole picture; the views across clients come with more.
  const several = (useClients().data?.length ?? 0) > 1;
  return (
    <header className="topbar">
      <a className="brand" href={href('/')}>
        <span className="brand-mark" aria-hidden="true">
          PD
        </span>
        <span className="brand-name">Privacy Desk</span>
      </a>
      <ClientSwitcher clientId={clientId} />
      <div className="topbar-end">
        {several ? (
          <nav className="topbar-nav" aria-label={t('shell.allClients')}>
            <a
              className="topbar-link"
              href={href('/cockpit')}
              aria-current={route[0] === 'cockpit' ? 'page' : undefined}
            >
              {t('shell.cockpit')}
            </a>
            <a
              className="topbar-link"
              href={href('/clients')}
              aria-current={route[0] === 'clients' && route.length === 1 ? 'page' : undefined}
            >
              {t('shell.clients')}
            </a>
          </nav>
        ) : null}
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
  const toast = useToast();
  const mutation = useSavePreferences();
  const choose = (language: Language) => {
    if (!preferences.data) return;
    mutation.mutate(
      { ...preferences.data, language },
      { onError: () => toast(t('shell.languageFailed'), 'error') },
    );
  };

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
          onClick={() => choose(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
