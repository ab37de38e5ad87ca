// The start page: who you are, your organisation, your live roles with scope and term, and where you may go.
import { Page } from '../shared/Page.tsx';
import { scopeText, termText } from '../people/grants.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { navItems } from './navigation.ts';
import { Link } from './router.tsx';
import { useSession } from './session.tsx';
import { HeadPanel } from '../staff/HeadPanel.tsx';

export function HomePage() {
  const { m } = useI18n();
  const { me, roles } = useSession();
  if (!me) return null;
  const texts: Record<string, string> = {
    users: m.home.usersText,
    audit: m.home.auditText,
    outbox: m.home.outboxText,
    jobs: m.jobs.homeText,
    tokens: m.home.tokensText,
    directory: m.directory.homeText,
    calendar: m.calendar.homeText,
    obligations: m.obligations.homeText,
    services: m.catalogue.editor.homeText,
    quality: m.catalogue.quality.homeText,
    password: m.home.passwordText,
    counter: m.counter.homeText,
    staff: m.staff.homeText,
  };
  const sections = navItems(roles).filter((item) => item.key !== 'home');
  return (
    <Page title={m.home.title}>
      <p className="lead">{fill(m.home.greeting, { name: me.user?.name ?? '' })}</p>
      {me.user && <p>{fill(m.home.organisation, { name: me.user.organisationName })}</p>}
      {/* BV-3, CR-17.11: the head's morning questions answered first. */}
      {roles.includes('centre_head') && <HeadPanel />}
      <h2>{m.home.roles}</h2>
      {me.grants.length === 0 ? (
        <p>{m.home.noRoles}</p>
      ) : (
        <ul className="role-list">
          {me.grants.map((g) => (
            <li key={`${g.role}-${g.organisationId}-${g.centreId ?? ''}`}>
              <strong>{m.roles[g.role]}</strong>
              <span>{scopeText(g)}</span>
              <span>{termText(m, g.validUntil)}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>{m.home.sections}</h2>
      <ul className="cards">
        {sections.map((item) => (
          <li key={item.path} className="card">
            <Link to={item.path}>{m.nav[item.key]}</Link>
            <p>{texts[item.key]}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
