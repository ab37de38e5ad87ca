// The route table and the gate in front of it: public pages, pages that need a session, and pages that need
// one of a few roles. Unknown paths get the not-found page; an unreachable API gets a message, not a blank page.
import { lazy, Suspense, type ComponentType } from 'react';
import { Layout } from './Layout.tsx';
import { Page } from '../shared/Page.tsx';
import { PageLoadBoundary, PageLoadError } from './PageLoadBoundary.tsx';
import { useI18n } from '../i18n/context.tsx';
import { canManageUsers, canOpen, type Area } from '../shared/roles.ts';
import { matchPath, Redirect, useLocation } from './router.tsx';
import { loginPathFor, useSession } from './session.tsx';
import { NotFoundPage } from './NotFound.tsx';
import { UnreachablePage } from './Unreachable.tsx';
import type { PageProps } from './page-props.ts';

// Every page is its own chunk, loaded when its route is first opened: a citizen opening the catalogue or the centre
// finder does not download the staff UI (budgets per route: scripts/check-bundle.mjs). The two pages above stay in
// the entry because they are shown when something failed — the API or the route table — and must not need a fetch.
function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType<PageProps>>>,
  name: K,
): ComponentType<PageProps> {
  return lazy(async (): Promise<{ default: ComponentType<PageProps> }> => {
    try {
      return { default: (await load())[name] };
    } catch (error) {
      // Typically a new version was deployed and this tab asks for a chunk that no longer exists.
      throw new PageLoadError(error);
    }
  });
}

const AuditPage = lazyPage(() => import('../audit/Audit.tsx'), 'AuditPage');
const CalendarPage = lazyPage(() => import('../calendar/Calendar.tsx'), 'CalendarPage');
const ChangePasswordPage = lazyPage(() => import('../people/ChangePassword.tsx'), 'ChangePasswordPage');
const ForgotPasswordPage = lazyPage(() => import('../people/ForgotPassword.tsx'), 'ForgotPasswordPage');
const HomePage = lazyPage(() => import('./Home.tsx'), 'HomePage');
const InviteUserPage = lazyPage(() => import('../people/InviteUser.tsx'), 'InviteUserPage');
const LoginPage = lazyPage(() => import('../people/Login.tsx'), 'LoginPage');
const ObligationsPage = lazyPage(() => import('../obligations/Obligations.tsx'), 'ObligationsPage');
const ObligationPage = lazyPage(() => import('../obligations/Obligation.tsx'), 'ObligationPage');
const OutboxPage = lazyPage(() => import('../mail/Outbox.tsx'), 'OutboxPage');
const JobsPage = lazyPage(() => import('../jobs/Jobs.tsx'), 'JobsPage');
const SetPasswordPage = lazyPage(() => import('../people/SetPassword.tsx'), 'SetPasswordPage');
const TokensPage = lazyPage(() => import('../people/Tokens.tsx'), 'TokensPage');
const UserPage = lazyPage(() => import('../people/User.tsx'), 'UserPage');
const UsersPage = lazyPage(() => import('../people/Users.tsx'), 'UsersPage');
const CentreEditPage = lazyPage(() => import('../centres/CentreEdit.tsx'), 'CentreEditPage');
const CentreFinderPage = lazyPage(() => import('../centres/CentreFinder.tsx'), 'CentreFinderPage');
const CentrePublicPage = lazyPage(() => import('../centres/CentrePublic.tsx'), 'CentrePublicPage');
const OrganisationDetailPage = lazyPage(
  () => import('../organisations/OrganisationDetail.tsx'),
  'OrganisationDetailPage',
);
const OrganisationListPage = lazyPage(() => import('../organisations/OrganisationList.tsx'), 'OrganisationListPage');
const CatalogueSearchPage = lazyPage(() => import('../catalogue/CatalogueSearch.tsx'), 'CatalogueSearchPage');
const CatalogueServicePage = lazyPage(() => import('../catalogue/CatalogueService.tsx'), 'CatalogueServicePage');
const QualityDashboardPage = lazyPage(() => import('../catalogue/QualityDashboard.tsx'), 'QualityDashboardPage');
const ServiceEditPage = lazyPage(() => import('../catalogue/ServiceEdit.tsx'), 'ServiceEditPage');
const ServiceNewPage = lazyPage(() => import('../catalogue/ServiceEdit.tsx'), 'ServiceNewPage');
const ServiceListPage = lazyPage(() => import('../catalogue/ServiceList.tsx'), 'ServiceListPage');
const FeedbackCasePage = lazyPage(() => import('../feedback/FeedbackCase.tsx'), 'FeedbackCasePage');
const FeedbackListPage = lazyPage(() => import('../feedback/FeedbackList.tsx'), 'FeedbackListPage');
const FeedbackNewPage = lazyPage(() => import('../feedback/FeedbackNew.tsx'), 'FeedbackNewPage');
const ProposalListPage = lazyPage(() => import('../proposals/ProposalList.tsx'), 'ProposalListPage');
const ProposalNewPage = lazyPage(() => import('../proposals/ProposalNew.tsx'), 'ProposalNewPage');
const ProposalDetailPage = lazyPage(() => import('../proposals/ProposalDetail.tsx'), 'ProposalDetailPage');
const EserviceDetailPage = lazyPage(() => import('../eservices/EserviceDetail.tsx'), 'EserviceDetailPage');
const EserviceListPage = lazyPage(() => import('../eservices/EserviceList.tsx'), 'EserviceListPage');
const EserviceStartPage = lazyPage(() => import('../eservices/EserviceStart.tsx'), 'EserviceStartPage');
const CounterPage = lazyPage(() => import('../counter/Counter.tsx'), 'CounterPage');
const StaffPage = lazyPage(() => import('../staff/Staff.tsx'), 'StaffPage');
const BasketPage = lazyPage(() => import('../basket/Basket.tsx'), 'BasketPage');
const IndicatorsPage = lazyPage(() => import('../indicators/Indicators.tsx'), 'IndicatorsPage');
const IndicatorEvaluationPage = lazyPage(() => import('../indicators/Evaluation.tsx'), 'IndicatorEvaluationPage');
const OpenDataIndicatorsPage = lazyPage(() => import('../indicators/OpenData.tsx'), 'OpenDataIndicatorsPage');
const DashboardsPage = lazyPage(() => import('../dashboards/Dashboards.tsx'), 'DashboardsPage');
const PresencePage = lazyPage(() => import('../presence/Notices.tsx'), 'PresencePage');
const PresenceCompliancePage = lazyPage(() => import('../presence/Compliance.tsx'), 'PresenceCompliancePage');
const CentreReceivingPage = lazyPage(() => import('../presence/Receiving.tsx'), 'CentreReceivingPage');
const CentreLobbyPage = lazyPage(() => import('../presence/Lobby.tsx'), 'CentreLobbyPage');
const CentreScopePage = lazyPage(() => import('../scope/CentreScope.tsx'), 'CentreScopePage');
const CommitteePage = lazyPage(() => import('../committee/Committee.tsx'), 'CommitteePage');
const CommitteeMeetingsPage = lazyPage(() => import('../committee/Meetings.tsx'), 'CommitteeMeetingsPage');
const CommitteeMeetingPage = lazyPage(() => import('../committee/Meeting.tsx'), 'CommitteeMeetingPage');
const AccessApplicationsPage = lazyPage(
  () => import('../access-applications/AccessApplications.tsx'),
  'AccessApplicationsPage',
);
const AccessApplicationFormPage = lazyPage(
  () => import('../access-applications/ApplicationForm.tsx'),
  'AccessApplicationFormPage',
);
const AccessApplicationPage = lazyPage(() => import('../access-applications/Application.tsx'), 'AccessApplicationPage');

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
  // Who receives at a centre today and this week, and the lobby screen (CR-19.6, CR-20.8): no login.
  { path: '/centres/:id/receiving', page: CentreReceivingPage, public: true },
  { path: '/centres/:id/lobby', page: CentreLobbyPage, public: true },
  { path: '/centres/:id/scope', page: CentreScopePage, area: 'directory' },
  // The public services catalogue (SR-12): no login.
  { path: '/catalogue', page: CatalogueSearchPage, public: true },
  { path: '/catalogue/:id', page: CatalogueServicePage, public: true },
  { path: '/basket', page: BasketPage, public: true },
  // Performance indicators (SR-21 … SR-23): the open data is public; the API answers 403/404 outside holders and readers.
  { path: '/open-data/indicators', page: OpenDataIndicatorsPage, public: true },
  { path: '/indicators', page: IndicatorsPage },
  { path: '/indicators/evaluation', page: IndicatorEvaluationPage },
  // Dashboards and the centre report (BV-4.4): the API answers 403/404 outside the viewer's scope.
  { path: '/dashboards', page: DashboardsPage },
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
  // Proposals to move a service into the centres and exclusions (CR-12 … CR-16); any logged-in role reads them.
  { path: '/proposals', page: ProposalListPage },
  { path: '/proposals/new', page: ProposalNewPage },
  { path: '/proposals/:id', page: ProposalDetailPage },
  // Authorised e-services (AM-1.1, AM-1.5); the API answers 403/404 outside the centre's staff and the readers.
  { path: '/eservices', page: EserviceListPage },
  { path: '/eservices/new', page: EserviceStartPage },
  { path: '/eservices/:id', page: EserviceDetailPage },
  // The counter (CR-17.1 … CR-17.4): centre staff register contacts; the API answers 403/404 to anyone else.
  { path: '/counter', page: CounterPage },
  // Institutions' officers at centres (CR-19.1 … CR-19.5): the API answers 403/404 outside its roles and scope.
  { path: '/presence', page: PresencePage },
  // CR-5.3 / CR-6.3 from the presence recorded, by month: the API answers 403 outside the ministry and the readers.
  { path: '/presence/compliance', page: PresenceCompliancePage },
  // The centre's own staff (BV-3, CR-17.11): the API answers 403/404 outside the head, the admin and the readers.
  { path: '/staff', page: StaffPage },
  // The supervisory committee (CR-9 … CR-11): the API answers 403 outside the ministry, its members and auditors.
  { path: '/committee', page: CommitteePage },
  { path: '/committee/meetings', page: CommitteeMeetingsPage },
  { path: '/committee/meetings/:id', page: CommitteeMeetingPage },
  // Access applications (CR-22, AM-1.11, DR-20.2): organisations' admins apply, the ministry decides; 403 for others.
  { path: '/access-applications', page: AccessApplicationsPage },
  { path: '/access-applications/new', page: AccessApplicationFormPage },
  { path: '/access-applications/:id', page: AccessApplicationPage },
  { path: '/obligations', page: ObligationsPage },
  { path: '/obligations/:id', page: ObligationPage },
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
  if (route.public) return <LazyPage route={route} params={params} />;
  if (state.status === 'loading') return <p className="loading">{m.common.loading}</p>;
  if (state.status === 'unreachable') return <UnreachablePage />;
  if (state.status === 'anonymous')
    return <Redirect to={loginPathFor(path + (query.size ? `?${query.toString()}` : ''))} />;
  if (route.area && !canOpen(roles, route.area)) return <NoAccess />;
  if (route.manage && !canManageUsers(roles)) return <NoAccess />;
  return <LazyPage route={route} params={params} />;
}

/** The route's page once its chunk is there; "loading" meanwhile (tests wait for `.loading` to go), a message if it fails. */
function LazyPage({ route, params }: { route: Route; params: Record<string, string> }) {
  const { m } = useI18n();
  const Component = route.page;
  return (
    <PageLoadBoundary key={route.path}>
      <Suspense fallback={<p className="loading">{m.common.loading}</p>}>
        <Component params={params} />
      </Suspense>
    </PageLoadBoundary>
  );
}

export function App() {
  return (
    <Layout>
      <Content />
    </Layout>
  );
}
