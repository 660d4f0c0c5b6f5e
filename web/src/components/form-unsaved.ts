// Warns before unsaved changes are lost: closing or reloading the tab, or following a link inside the app.
import { useEffect } from 'preact/hooks';

/** While `dirty`, asks `message` before the page is left (the browser asks with its own words on unload). */
export function useUnsavedWarning(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message; // older browsers show nothing without it
    };
    // Capture phase on the document, before the router's click listener on window turns the click into a route.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || link.getAttribute('href')?.startsWith('#')) return;
      if (link.target && link.target !== '_self') return;
      if (!confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, message]);
}
