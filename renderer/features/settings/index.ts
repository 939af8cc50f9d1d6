// Preferences (name, role, language), the workspace file and the change history's check.
// Mounted by app/Routes.tsx at /settings.
export { SettingsPage } from './SettingsPage';
