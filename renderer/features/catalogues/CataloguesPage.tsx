import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueKind, type CatalogueKind } from '../../../core/api';
import { useClient } from '../../app/queries';
import { ErrorBanner, Page } from '../../components';
import { useCatalogue } from './queries';
import { CatalogueTable } from './CatalogueTable';

const kinds = catalogueKind.options;

export function CataloguesRoute({ clientId }: { clientId: number }) {
  return <CataloguesPage key={clientId} clientId={clientId} />;
}

/** Three tabs, one per catalogue kind (ARIA tabs: arrow keys move between them). */
function CataloguesPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('catalogues');
  const client = useClient(clientId);
  const catalogue = useCatalogue(clientId);
  const [kind, setKind] = useState<CatalogueKind>('subject');
  const tabRefs = useRef<Partial<Record<CatalogueKind, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = kinds.indexOf(kind);
    const next =
      event.key === 'ArrowRight'
        ? kinds[(index + 1) % kinds.length]
        : event.key === 'ArrowLeft'
          ? kinds[(index + kinds.length - 1) % kinds.length]
          : event.key === 'Home'
            ? kinds[0]
            : event.key === 'End'
              ? kinds[kinds.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setKind(next);
    tabRefs.current[next]?.focus();
  };

  const entries = catalogue.data ?? [];
  return (
    <Page title={t('title')} eyebrow={client.data?.name}>
      <p className="lead">{t('intro')}</p>
      <ErrorBanner error={catalogue.error} />
      <div role="tablist" aria-label={t('tabsLabel')} className="tabs" onKeyDown={onKeyDown}>
        {kinds.map((k) => {
          const count = entries.filter((e) => e.kind === k).length;
          return (
            <button
              key={k}
              ref={(el) => {
                tabRefs.current[k] = el;
              }}
              id={`catalogue-tab-${k}`}
              type="button"
              role="tab"
              className="tab"
              aria-selected={kind === k}
              aria-controls={`catalogue-panel-${k}`}
              tabIndex={kind === k ? 0 : -1}
              onClick={() => setKind(k)}
            >
              {t(`kind.${k}`)}
              {catalogue.data ? <span className="tab-count">{count}</span> : null}
            </button>
          );
        })}
      </div>
      <div
        id={`catalogue-panel-${kind}`}
        role="tabpanel"
        aria-labelledby={`catalogue-tab-${kind}`}
        className="tab-panel"
      >
        {catalogue.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
        {catalogue.data ? (
          <CatalogueTable key={kind} kind={kind} entries={entries.filter((e) => e.kind === kind)} />
        ) : null}
      </div>
    </Page>
  );
}
