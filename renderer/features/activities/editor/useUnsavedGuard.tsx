import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../../api/client';
import { navigate } from '../../../app/router';
import { ConfirmDialog } from '../../../components';

/**
 * Asks before unsaved edits are thrown away: on the editor's own Back/Cancel (`leave`) and on
 * any in-app link (side nav, top bar), which would otherwise just change the hash route.
 */
export function useUnsavedGuard(dirty: boolean) {
  const { t } = useTranslation('activities');
  const [pending, setPending] = useState<string | null>(null);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link) return;
      event.preventDefault();
      setPending(link.getAttribute('href')!.slice(1));
    };
    // The browser asks on reload/close in browser mode. Not in Electron: there a prevented
    // unload silently blocks closing the window, with no question shown.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    if (!isDesktop) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  const leave = (path: string) => {
    if (dirtyRef.current) setPending(path);
    else navigate(path);
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      danger
      title={t('guard.title')}
      body={<p>{t('guard.body')}</p>}
      confirmLabel={t('guard.confirm')}
      onConfirm={() => {
        const target = pending;
        setPending(null);
        dirtyRef.current = false;
        if (target) navigate(target);
      }}
      onCancel={() => setPending(null)}
    />
  );
  return { leave, dialog };
}

/** Ctrl+S / Cmd+S saves (what desktop users expect) instead of the browser's "save page". */
export function useSaveShortcut(save: () => void) {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
