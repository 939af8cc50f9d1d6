import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../../core/api';
import { ApiError } from '../../../api/client';
import { href, navigate } from '../../../app/router';
import { ConfirmDialog, ErrorBanner, useToast } from '../../../components';
import { ActivityRequestsNote } from '../../requests';
import { useActivityAction } from '../mutations';
import { Dropdown, useCloseDropdown } from './Dropdown';

/**
 * Open, duplicate, archive and delete for one row, behind one "Aktionen" button whose
 * accessible name includes the activity's name, so a long table still says which row it is.
 */
export function ActivityRowActions({
  clientId,
  activity,
}: {
  clientId: number;
  activity: ActivitySummary;
}) {
  const { t } = useTranslation('activities');
  const toast = useToast();
  const duplicate = useActivityAction(clientId, 'duplicate');
  const archive = useActivityAction(clientId, 'archive');
  const remove = useActivityAction(clientId, 'delete');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const busy = duplicate.isPending || archive.isPending || remove.isPending;

  const onDuplicate = () =>
    duplicate.mutate(activity.id, {
      onSuccess: (copy) => {
        toast(t('toast.duplicated', { name: copy.name }));
        navigate(`/client/${clientId}/activities/${copy.id}`);
      },
      onError: (error) => toast(errorText(error, t('toast.failed')), 'error'),
    });
  const onArchive = () =>
    archive.mutate(activity.id, {
      onSuccess: () => toast(t('toast.archived', { name: activity.name })),
      onError: (error) => toast(errorText(error, t('toast.failed')), 'error'),
    });
  const onDelete = () =>
    remove.mutate(activity.id, {
      onSuccess: () => {
        setConfirmDelete(false);
        toast(t('toast.deleted', { name: activity.name }));
      },
    });

  return (
    <div className="row-actions">
      <Dropdown
        label={t('actions.menu')}
        ariaLabel={`${t('actions.menu')}: ${activity.name}`}
        buttonClassName="button button-small"
        className="row-menu"
        triggerRef={triggerRef}
      >
        <RowMenuItems
          openHref={href(`/client/${clientId}/activities/${activity.id}`)}
          archived={activity.status === 'archived'}
          busy={busy}
          onDuplicate={onDuplicate}
          onArchive={onArchive}
          onDelete={() => {
            remove.reset();
            setConfirmDelete(true);
          }}
        />
      </Dropdown>
      <ConfirmDialog
        open={confirmDelete}
        danger
        busy={remove.isPending}
        title={t('delete.title', { name: activity.name })}
        body={
          <>
            <p>{t('delete.body', { name: activity.name })}</p>
            {activity.status !== 'archived' ? (
              <p className="muted">{t('delete.archiveHint')}</p>
            ) : null}
            {confirmDelete ? (
              <ActivityRequestsNote clientId={clientId} activityId={activity.id} />
            ) : null}
            <ErrorBanner error={remove.error} />
          </>
        }
        confirmLabel={t('delete.confirm')}
        onConfirm={onDelete}
        onCancel={() => {
          setConfirmDelete(false);
          triggerRef.current?.focus();
        }}
      />
    </div>
  );
}

interface RowMenuItemsProps {
  openHref: string;
  archived: boolean;
  busy: boolean;
  onDuplicate(): void;
  onArchive(): void;
  onDelete(): void;
}

function RowMenuItems({ openHref, archived, busy, ...on }: RowMenuItemsProps) {
  const { t } = useTranslation('activities');
  const close = useCloseDropdown();
  const item = (label: string, action: () => void, danger = false) => (
    <button
      type="button"
      className={danger ? 'menu-item menu-item-danger' : 'menu-item'}
      disabled={busy}
      onClick={() => {
        close();
        action();
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="menu-items">
      <a className="menu-item" href={openHref}>
        {t('actions.open')}
      </a>
      {item(t('actions.duplicate'), on.onDuplicate)}
      {archived ? null : item(t('actions.archive'), on.onArchive)}
      {item(t('actions.deleteEllipsis'), on.onDelete, true)}
    </div>
  );
}

// The API's messages are translated already; anything else (a dropped connection) is not.
const errorText = (error: unknown, fallback: string) =>
  error instanceof ApiError ? error.message : fallback;
