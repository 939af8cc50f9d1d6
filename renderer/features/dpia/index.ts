// The DPIA screening of an activity and its DPIA record (Art. 35 GDPR); the activity editor
// shows ActivityDpiaPanel.
import './dpia.css';

export { ActivityDpiaPanel } from './ActivityDpiaPanel';
