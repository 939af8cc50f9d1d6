// Processors and data processing agreements (AVV, Art. 28 GDPR). Mounted by app/Routes.tsx;
// the activity editor shows ActivityProcessorsPanel; the side nav uses useProcessorCounts.
import './processors.css';

export { ActivityProcessorsPanel } from './ActivityProcessorsPanel';
export { ProcessorsRoute, type ProcessorsRouteProps } from './ProcessorsRoute';
export { useProcessorCounts } from './useProcessorCounts';
