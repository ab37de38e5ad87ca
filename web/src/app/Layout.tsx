// The frame of every page: skip link, header (name, language switch, user, logout), the navigation the user's
// roles allow, the main content with its status region, and the footer.
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import type { Lang } from '../i18n/messages.ts';
import { Link, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { navItems } from './navigation.ts';
import { StatusRegion } from '../shared/Status.tsx';

function Navigation() {
  const { m } = useI18n();
  const { roles } = useSession();
  const { path } = useLocation();
  return (
    <nav className="nav" aria-label={m.layout.nav}>
      <ul>
        {navItems(roles).map((item) => {
          const current = item.path === '/' ? path === '/' : path === item.path || path.startsWith(`${item.path}/`);
          return (
            <li key={item.path}>
              <Link to={item.path} aria-current={current ? 'page' : undefined}>
                {m.nav[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { m, setLang } = useI18n();
  const { me, logout } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After an in-app navigation, start reading and tabbing from the new page's content, as after a page load.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  const skip = (event: MouseEvent) => {
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skip}>
        {m.layout.skip}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{m.common.appName}</span>
            <span className="brand__tagline">{m.common.tagline}</span>
          </Link>
          <div className="header__tools">
            <Link to="/centres" className="header__link">
              {m.centres.headerLink}
            </Link>
            <Link to="/catalogue" className="header__link">
              {m.catalogue.headerLink}
            </Link>
            <button
              type="button"
              className="button button--quiet"
              lang={m.layout.otherLang}
              onClick={() => setLang(m.layout.otherLang as Lang)}
            >
              {m.layout.switchLanguage}
            </button>
            {me?.user && (
              <>
                <span className="header__user">
                  <span className="visually-hidden">{m.layout.user}: </span>
                  {me.user.name}
                </span>
                <button type="button" className="button button--quiet" onClick={() => void logout()}>
                  {m.layout.logout}
                </button>
              </>
            )}
          </div>
        </div>
        {me && <Navigation />}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <StatusRegion />
        {children}
      </main>
      <footer className="footer">
        <p>{m.layout.footer}</p>
      </footer>
    </>
  );
}
