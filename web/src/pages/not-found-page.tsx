import { Link } from '../router.js';

/** Props of NotFoundPage. */
export interface NotFoundPageProps {
  path: string;
}

/** Shown for any path the app has no page for (the server answers those with 404). */
export function NotFoundPage({ path }: NotFoundPageProps) {
  return (
    <div className="page-narrow not-found">
      <p className="eyebrow">404</p>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. The link may be mistyped, or the page may have moved.
      </p>
      <p>
        <Link to="/" className="button button--primary">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
