import { useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../components';
import { AuditStatus } from './AuditStatus';
import { applyLanguage } from '../i18n';
import { usePreferences } from './queries';
import { Routes } from './Routes';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { routeId, useRoute } from './router';

/** The shell: skip link, top bar with the client switcher, the client's navigation, the screen. */
export function App() {
  const { t } = useTranslation('common');
  const route = useRoute();
  const preferences = usePreferences();
  const language = preferences.data?.language;

  // The UI language is a workspace-independent preference kept by the API.
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  const clientId = route[0] === 'client' ? routeId(route[1]) : null;
  // Wait for the language before the first paint, so the UI does not flash in German.
  if (preferences.isPending) return null;

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('shell.skipToContent')}
      </a>
      <TopBar clientId={clientId} />
      <AuditStatus />
      <div className={clientId ? 'app-body app-body-with-nav' : 'app-body'}>
        {clientId ? <SideNav clientId={clientId} section={route[2] ?? ''} /> : null}
        <main id="main" className="app-main" tabIndex={-1}>
          {/* E.g. UNAUTHORIZED in browser mode: nothing else will work, so say why. */}
          <ErrorBanner error={preferences.error} />
          <Routes route={route} />
        </main>
      </div>
    </div>
  );
}

// A plain '#main' link would change the hash route; move focus instead.
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
