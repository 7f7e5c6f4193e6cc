/**
 * Paths the web app answers (exact, or any path below a prefix ending in "/"). The server
 * sends the app's page with 200 for these and with 404 for anything else, so a mistyped
 * link is a real 404 while the app still renders its not-found page.
 */
export const WEB_ROUTES = [
  '/',
  '/sign-in',
  '/practice',
  '/bank',
  '/bank/',
  '/loops',
  '/candidates',
  '/reports',
  '/calibration',
  '/calibration/',
  '/reports/fairness',
  '/settings',
  '/methodology',
  '/reset-password',
] as const;

/** True when the web app has a page for this path. */
export function isWebRoute(path: string): boolean {
  return WEB_ROUTES.some((r) =>
    r.endsWith('/') && r !== '/' ? path.startsWith(r) && path.length > r.length : path === r,
  );
}
