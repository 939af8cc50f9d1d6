/**
 * Shared UI pieces for every feature. Conventions:
 * - Every visible text via i18n; these components take already translated strings.
 * - Forms: react-hook-form + zodResolver(<schema from core/api>); show errors with
 *   <FormField error={fieldError(errors.x)}> where fieldError = useFieldError(); the API's
 *   field issues go onto the fields with useServerIssues(error, { form, fields }), and the
 *   form's banner is <ErrorBanner {...server.banner} />.
 * - Server errors: <ErrorBanner error={mutation.error} />; success: useToast()(message).
 * - Destructive actions: <ConfirmDialog danger> whose body names exactly what goes away.
 * - Dates: useFormat().date(iso) (dd.mm.yyyy in German), .dateTime(instant).
 * - Each screen: <Page title actions>; each record page ends with <History entity id>.
 */
export { BlockedAction, type BlockedActionProps } from './BlockedAction';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { LinkPicker, type LinkPickerProps } from './LinkPicker';
export { Modal, type ModalProps } from './Modal';
export { SelectField, type SelectFieldProps } from './SelectField';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorBanner, type ErrorBannerProps } from './ErrorBanner';
export { FormField, type FormFieldProps } from './FormField';
export { History, type HistoryProps } from './History';
export { Page, type PageProps } from './Page';
export { ToastProvider, useToast, type ToastKind } from './Toast';
export { formatDate, formatDateTime, todayIso, useFormat } from './format';
export { useFieldError, useServerIssues, type ServerIssues } from './forms';
export { useInsideWindow } from './useInsideWindow';
