import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../core/api';

type Light = ClientSummary['light'];
type OpenCounts = ClientSummary['open'];

/** A client's traffic light: a coloured dot and its word, so it never rests on colour alone. */
export function TrafficLight({ light }: { light: Light }) {
  const { t } = useTranslation('clients');
  return (
    <span className={`traffic-light traffic-light-${light}`}>
      <span className="traffic-light-dot" aria-hidden="true" />
      {t(`light.${light}`)}
    </span>
  );
}

/** "3 urgent, 1 soon" with only the urgencies that have items, or "nothing open". */
export function useOpenSummary(): (open: OpenCounts) => string {
  const { t } = useTranslation('clients');
  return (open) => {
    const parts = (['urgent', 'soon', 'review'] as const)
      .filter((u) => open[u] > 0)
      .map((u) => t(`open.${u}`, { count: open[u] }));
    return parts.length > 0 ? parts.join(', ') : t('open.none');
  };
}
