import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A tiny router on the History API: the current location as React state, programmatic
 * navigation, and a Link that navigates without a page load.
 */

const NAVIGATE_EVENT = 'caliper:navigate';

/** Where the app is: the path and the query string (with its leading "?", or empty). */
export interface AppLocation {
  pathname: string;
  search: string;
}

let snapshot: AppLocation = { pathname: window.location.pathname, search: window.location.search };

function readLocation(): AppLocation {
  const { pathname, search } = window.location;
  if (pathname !== snapshot.pathname || search !== snapshot.search) snapshot = { pathname, search };
  return snapshot;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current location; re-renders on navigation and on the browser's back and forward. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, readLocation);
}

/** Go to an in-app URL ("/bank?q=cache"); `replace` rewrites the current history entry. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (!opts.replace) window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Props of Link: an anchor whose href is an in-app path. */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** An anchor that navigates in-app on a plain left click; modified clicks behave as links do. */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || target === '_blank') return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} target={target} onClick={handleClick} {...rest} />;
}
