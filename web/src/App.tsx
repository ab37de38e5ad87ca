// The route table and the gate in front of it: public pages, pages that need a session, and pages that need
// one of a few roles. Unknown paths get the not-found page; an unreachable API gets a message, not a blank page.
import type { ComponentType } from 'react';
import { Layout } from './components/Layout.tsx';
import { Page } from './components/Page.tsx';
import { useI18n } from './i18n/context.tsx';
import { canManageUsers, canOpen, type Area } from './roles.ts';
import { matchPath, Redirect, useLocation } from './router.tsx';
import { loginPathFor, useSession } from './session.tsx';
import { AuditPage } from './pages/Audit.tsx';
import { CalendarPage } from './pages/Calendar.tsx';
import { ChangePasswordPage } from './pages/ChangePassword.tsx';
import { ForgotPasswordPage } from './pages/ForgotPassword.tsx';
import { HomePage } from './pages/Home.tsx';
import { InviteUserPage } from './pages/InviteUser.tsx';
import { LoginPage } from './pages/Login.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { ObligationsPage } from './pages/Obligations.tsx';
import { OutboxPage } from './pages/Outbox.tsx';
import { JobsPage } from './pages/Jobs.tsx';
import { SetPasswordPage } from './pages/SetPassword.tsx';
import { TokensPage } from './pages/Tokens.tsx';
import { UnreachablePage } from './pages/Unreachable.tsx';
import { UserPage } from './pages/User.tsx';
import { UsersPage } from './pages/Users.tsx';
import { CentreEditPage } from './pages/CentreEdit.tsx';
import { CentreFinderPage } from './pages/CentreFinder.tsx';
import { CentrePublicPage } from './pages/CentrePublic.tsx';
import { OrganisationDetailPage } from './pages/OrganisationDetail.tsx';
import { OrganisationListPage } from './pages/OrganisationList.tsx';
import { CatalogueSearchPage } from './pages/CatalogueSearch.tsx';
import { CatalogueServicePage } from './pages/CatalogueService.tsx';
import { QualityDashboardPage } from './pages/QualityDashboard.tsx';
import { ServiceEditPage, ServiceNewPage } from './pages/ServiceEdit.tsx';
import { ServiceListPage } from './pages/ServiceList.tsx';
import { FeedbackCasePage } from './pages/FeedbackCase.tsx';
import { FeedbackListPage } from './pages/FeedbackList.tsx';
import { FeedbackNewPage } from './pages/FeedbackNew.tsx';
import { EserviceDetailPage } from './pages/EserviceDetail.tsx';
import { EserviceListPage } from './pages/EserviceList.tsx';
import { EserviceStartPage } from './pages/EserviceStart.tsx';
import { CounterPage } from './pages/Counter.tsx';

export interface PageProps {
  params: Record<string, string>;
}

interface Route {
  path: string;
  page: ComponentType<PageProps>;
  /** Open without logging in. */
  public?: boolean;
  area?: Area;
  /** Only for those who may change users (not the read-only supervisor and auditor). */
  manage?: boolean;
}

const ROUTES: Route[] = [
  { path: '/login', page: LoginPage, public: true },
  { path: '/set-password', page: SetPasswordPage, public: true },
  { path: '/forgot-password', page: ForgotPasswordPage, public: true },
  // The public centre finder (CR-17.8, CR-17.9): no login.
  { path: '/centres', page: CentreFinderPage, public: true },
  { path: '/centres/:id', page: CentrePublicPage, public: true },
  { path: '/centres/:id/edit', page: CentreEditPage, area: 'directory' },
  // The public services catalogue (SR-12): no login.
  { path: '/catalogue', page: CatalogueSearchPage, public: true },
  { path: '/catalogue/:id', page: CatalogueServicePage, public: true },
  { path: '/services', page: ServiceListPage, area: 'services' },
  { path: '/services/new', page: ServiceNewPage, area: 'services' },
  { path: '/services/:id', page: ServiceEditPage, area: 'quality' },
  { path: '/quality', page: QualityDashboardPage, area: 'quality' },
  { path: '/organisations', page: OrganisationListPage, area: 'directory' },
  { path: '/organisations/:id', page: OrganisationDetailPage, area: 'directory' },
  { path: '/', page: HomePage },
  { path: '/account/password', page: ChangePasswordPage },
  { path: '/users', page: UsersPage, area: 'users' },
  { path: '/users/new', page: InviteUserPage, area: 'users', manage: true },
  { path: '/users/:id', page: UserPage, area: 'users' },
  { path: '/audit', page: AuditPage, area: 'audit' },
  { path: '/outbox', page: OutboxPage, area: 'outbox' },
  { path: '/jobs', page: JobsPage, area: 'jobs' },
  { path: '/tokens', page: TokensPage, area: 'tokens' },
  // Complaints, questions and suggestions (CR-17.13); the API answers 403/404 outside the caller's roles and scope.
  { path: '/feedback', page: FeedbackListPage },
  { path: '/feedback/new', page: FeedbackNewPage },
  { path: '/feedback/:id', page: FeedbackCasePage },
  // Authorised e-services (AM-1.1, AM-1.5); the API answers 403/404 outside the centre's staff and the readers.
  { path: '/eservices', page: EserviceListPage },
  { path: '/eservices/new', page: EserviceStartPage },
  { path: '/eservices/:id', page: EserviceDetailPage },
  // The counter (issue 5 §2): centre staff register contacts; the API answers 403/404 to anyone else.
  { path: '/counter', page: CounterPage },
  { path: '/obligations', page: ObligationsPage },
  { path: '/calendar', page: CalendarPage },
];

function findRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

function NoAccess() {
  const { m } = useI18n();
  return (
    <Page title={m.common.noAccessTitle}>
      <p>{m.common.noAccessText}</p>
    </Page>
  );
}

function Content() {
  const { m } = useI18n();
  const { state, roles } = useSession();
  const { path, query } = useLocation();
  const found = findRoute(path);
  if (!found) return <NotFoundPage />;
  const { route, params } = found;
  const Component = route.page;
  if (route.public) return <Component params={params} />;
  if (state.status === 'loading') return <p className="loading">{m.common.loading}</p>;
  if (state.status === 'unreachable') return <UnreachablePage />;
  if (state.status === 'anonymous') return <Redirect to={loginPathFor(path + (query.size ? `?${query.toString()}` : ''))} />;
  if (route.area && !canOpen(roles, route.area)) return <NoAccess />;
  if (route.manage && !canManageUsers(roles)) return <NoAccess />;
  return <Component params={params} />;
}

export function App() {
  return (
    <Layout>
      <Content />
    </Layout>
  );
}
