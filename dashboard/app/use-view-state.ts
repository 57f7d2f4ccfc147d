import { useCallback, useEffect, useState } from 'react';
import { hashFromView, viewFromHash } from '../state/url-hash';
import type { ViewState } from '../state/view-state';

/**
 * The view state, kept in the URL hash: a reload or a shared link shows the same screen.
 * replaceState, not a new history entry per filter click; a hand-edited hash is followed.
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [view, setView] = useState<ViewState>(() => viewFromHash(window.location.hash));

  useEffect(() => {
    const follow = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    const hash = hashFromView(view);
    if (hash !== window.location.hash && !(hash === '' && window.location.hash === '#')) {
      window.history.replaceState(null, '', hash || `${window.location.pathname}${window.location.search}`);
    }
  }, [view]);

  const update = useCallback((patch: Partial<ViewState>) => setView((previous) => ({ ...previous, ...patch })), []);
  return [view, update];
}
