/**
 * The shell: a skip link, the navigation (the current page marked for screen readers too), the
 * page of the current path, and a plain message for an unknown path.
 */
import { Suspense, useEffect } from 'react';
import { Link, usePathname } from './lib/navigation.js';
import { ROUTES, matchRoute } from './router.js';

/** The whole app. */
export function App() {
  const pathname = usePathname();
  const route = matchRoute(pathname);
  useEffect(() => {
    document.title = route ? `${route.title} · actlab` : 'Page not found · actlab';
  }, [route]);
  const Page = route?.component;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          actlab
        </Link>
        <nav aria-label="Pages">
          <ul>
            {ROUTES.map((r) => (
              <li key={r.path}>
                <Link to={r.path} aria-current={r === route ? 'page' : undefined}>
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {Page ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Page />
          </Suspense>
        ) : (
          <section>
            <h1>Page not found</h1>
            <p>
              There is no page at <code>{pathname}</code>. <Link to="/">Open the explorer</Link>.
            </p>
          </section>
        )}
      </main>
    </>
  );
}
