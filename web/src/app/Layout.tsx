// The frame of every page: skip link, header (name, language switch, user, logout), the navigation the user's
// roles allow, the main content with its status region, and the footer.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useI18n } from '../i18n/context.tsx';
import type { Lang } from '../i18n/messages.ts';
import { Link, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { navBar, type NavItem } from './navigation.ts';
import { StatusRegion } from '../shared/Status.tsx';

/** Whether a navigation item is the page shown (home only at "/", a section also on its sub-pages). */
const isCurrent = (itemPath: string, path: string) =>
  itemPath === '/' ? path === '/' : path === itemPath || path.startsWith(`${itemPath}/`);

function NavLink({ item, path }: { item: NavItem; path: string }) {
  const { m } = useI18n();
  return (
    <Link to={item.path} aria-current={isCurrent(item.path, path) ? 'page' : undefined}>
      {m.nav[item.key]}
    </Link>
  );
}

/** The less frequent sections behind a disclosure button: a plain list of links, Escape closes it and returns focus. */
function MoreMenu({ items, path }: { items: NavItem[]; path: string }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Following a link closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger.
  useEffect(() => setOpen(false), [path]);

  // A click anywhere else closes it.
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };
  // Tabbing out of the menu closes it.
  const onBlur = (event: FocusEvent) => {
    if (open && !box.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  // Opened near the window's right edge, the list is aligned to the button's right instead of running off screen.
  const list = useRef<HTMLUListElement>(null);
  const [alignEnd, setAlignEnd] = useState(false);
  useLayoutEffect(() => {
    if (!open || !list.current || !box.current) return;
    const width = list.current.getBoundingClientRect().width;
    setAlignEnd(box.current.getBoundingClientRect().left + width > document.documentElement.clientWidth);
  }, [open]);

  const current = items.some((item) => isCurrent(item.path, path));
  return (
    <li className="nav__more" ref={box} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        ref={button}
        className={current ? 'nav__more-button nav__more-button--current' : 'nav__more-button'}
        aria-expanded={open}
        aria-controls="nav-more"
        onClick={() => setOpen(!open)}
      >
        {m.layout.more}
      </button>
      <ul id="nav-more" ref={list} className={alignEnd ? 'nav__menu nav__menu--end' : 'nav__menu'} hidden={!open}>
        {items.map((item) => (
          <li key={item.path}>
            <NavLink item={item} path={path} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function Navigation() {
  const { m } = useI18n();
  const { roles } = useSession();
  const { path } = useLocation();
  const { inline, more } = navBar(roles, (item) => m.nav[item.key]);
  return (
    <nav className="nav" aria-label={m.layout.nav}>
      <ul>
        {inline.map((item) => (
          <li key={item.path}>
            <NavLink item={item} path={path} />
          </li>
        ))}
        {more.length > 0 && <MoreMenu items={more} path={path} />}
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger: each navigation moves focus.
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
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link (href works without script); the click moves focus without touching the address. */}
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
            <Link to="/basket" className="header__link">
              {m.basket.headerLink}
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
