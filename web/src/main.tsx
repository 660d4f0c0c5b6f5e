// Boots the web app: languages first, then the router with one lazily loaded module per page.
import { hydrate, render } from 'preact';
import { ErrorBoundary, lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout.tsx';
import { initI18n } from './i18n.ts';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';
import './styles.css';

const SignIn = lazy(() => import('./pages/SignIn.tsx').then((m) => m.SignIn));
const MapPage = lazy(() => import('./pages/Map.tsx').then((m) => m.MapPage));
const NetworkPage = lazy(() => import('./pages/Network.tsx').then((m) => m.NetworkPage));
const OverviewPage = lazy(() => import('./pages/Overview.tsx').then((m) => m.OverviewPage));
const AtlasPage = lazy(() => import('./pages/Atlas.tsx').then((m) => m.AtlasPage));
const OrganizationPage = lazy(() => import('./pages/Organization.tsx').then((m) => m.OrganizationPage));
const ProjectPage = lazy(() => import('./pages/Project.tsx').then((m) => m.ProjectPage));
const EditOrganizationPage = lazy(() => import('./pages/EditOrganization.tsx').then((m) => m.EditOrganizationPage));
const EditFacilitiesPage = lazy(() => import('./pages/EditFacilities.tsx').then((m) => m.EditFacilitiesPage));
const EditOffersPage = lazy(() => import('./pages/EditOffers.tsx').then((m) => m.EditOffersPage));
const ManagePage = lazy(() => import('./pages/Manage.tsx').then((m) => m.ManagePage));
const ManageClusterPage = lazy(() => import('./pages/ManageCluster.tsx').then((m) => m.ManageClusterPage));
const ManageNewOrganizationPage = lazy(() => import('./pages/ManageNewOrganization.tsx').then((m) => m.ManageNewOrganizationPage));
const PartnersPage = lazy(() => import('./pages/Partners.tsx').then((m) => m.PartnersPage));
const RegulatoryPage = lazy(() => import('./pages/Regulatory.tsx').then((m) => m.RegulatoryPage));
const RegulatoryAssessPage = lazy(() => import('./pages/RegulatoryAssess.tsx').then((m) => m.RegulatoryAssessPage));
const RegulatoryAssessmentPage = lazy(() => import('./pages/RegulatoryAssessment.tsx').then((m) => m.RegulatoryAssessmentPage));
const RegulatorySharedPage = lazy(() => import('./pages/RegulatoryShared.tsx').then((m) => m.RegulatorySharedPage));
const AccountPage = lazy(() => import('./pages/Account.tsx').then((m) => m.AccountPage));
const ProductListPage = lazy(() => import('./pages/ProductList.tsx').then((m) => m.ProductListPage));
const EventsPage = lazy(() => import('./pages/Events.tsx').then((m) => m.EventsPage));
const EventPage = lazy(() => import('./pages/Event.tsx').then((m) => m.EventPage));
const EventOrganisePage = lazy(() => import('./pages/EventOrganise.tsx').then((m) => m.EventOrganisePage));
const ClustersPage = lazy(() => import('./pages/Clusters.tsx').then((m) => m.ClustersPage));
const ClusterHomePage = lazy(() => import('./pages/Clusters.tsx').then((m) => m.ClusterHomePage));
const ReportPage = lazy(() => import('./pages/Report.tsx').then((m) => m.ReportPage));
const ProductPage = lazy(() => import('./pages/Product.tsx').then((m) => m.ProductPage));
const StrategyPage = lazy(() => import('./pages/Strategy.tsx').then((m) => m.StrategyPage));
const RoadmapPage = lazy(() => import('./pages/Roadmap.tsx').then((m) => m.RoadmapPage));
const ClusterReadinessPage = lazy(() => import('./pages/ClusterReadiness.tsx').then((m) => m.ClusterReadinessPage));
const ClusterMembersPage = lazy(() => import('./pages/ClusterMembers.tsx').then((m) => m.ClusterMembersPage));
const ClusterNewsPage = lazy(() => import('./pages/ClusterNews.tsx').then((m) => m.ClusterNewsPage));
const ClusterNewsArticlePage = lazy(() => import('./pages/ClusterNewsArticle.tsx').then((m) => m.ClusterNewsArticlePage));
const SitePage = lazy(() => import('./pages/Site.tsx').then((m) => m.SitePage));
const SiteEditPage = lazy(() => import('./pages/SiteEdit.tsx').then((m) => m.SiteEditPage));
const GroupsPage = lazy(() => import('./pages/Groups.tsx').then((m) => m.GroupsPage));
const PipelinePage = lazy(() => import('./pages/Pipeline.tsx').then((m) => m.PipelinePage));
const PipelineProjectPage = lazy(() => import('./pages/PipelineProject.tsx').then((m) => m.PipelineProjectPage));
const FundingPage = lazy(() => import('./pages/Funding.tsx').then((m) => m.FundingPage));
const GroupPage = lazy(() => import('./pages/Group.tsx').then((m) => m.GroupPage));

function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router onRouteChange={() => document.getElementById('main')?.focus({ preventScroll: true })}>
            <Route path="/" component={Home} />
            <Route path="/sign-in" component={SignIn} />
            <Route path="/map" component={MapPage} />
            <Route path="/network" component={NetworkPage} />
            <Route path="/overview" component={OverviewPage} />
            <Route path="/atlas" component={AtlasPage} />
            <Route path="/partners" component={PartnersPage} />
            <Route path="/organizations/:id" component={OrganizationPage} />
            <Route path="/projects/:id" component={ProjectPage} />
            <Route path="/organizations/:id/edit" component={EditOrganizationPage} />
            <Route path="/organizations/:id/facilities" component={EditFacilitiesPage} />
            <Route path="/organizations/:id/offers" component={EditOffersPage} />
            <Route path="/organizations/:id/products" component={ProductListPage} />
            <Route path="/products/:id" component={ProductPage} />
            <Route path="/manage" component={ManagePage} />
            <Route path="/manage/:id" component={ManageClusterPage} />
            <Route path="/manage/:id/new-organization" component={ManageNewOrganizationPage} />
            <Route path="/regulatory" component={RegulatoryPage} />
            <Route path="/regulatory/assess" component={RegulatoryAssessPage} />
            <Route path="/regulatory/assessments/:id" component={RegulatoryAssessmentPage} />
            <Route path="/regulatory/shared/:token" component={RegulatorySharedPage} />
            <Route path="/account" component={AccountPage} />
            <Route path="/events" component={EventsPage} />
            <Route path="/events/:id" component={EventPage} />
            <Route path="/events/:id/organise" component={EventOrganisePage} />
            <Route path="/clusters" component={ClustersPage} />
            <Route path="/clusters/:slug" component={ClusterHomePage} />
            {/* cluster management pages: one line each */}
            <Route path="/clusters/:slug/strategy" component={StrategyPage} />
            <Route path="/clusters/:slug/roadmap" component={RoadmapPage} />
            <Route path="/clusters/:slug/readiness" component={ClusterReadinessPage} />
            <Route path="/clusters/:slug/members" component={ClusterMembersPage} />
            <Route path="/clusters/:slug/news" component={ClusterNewsPage} />
            <Route path="/clusters/:slug/news/:postSlug" component={ClusterNewsArticlePage} />
            <Route path="/clusters/:slug/pipeline" component={PipelinePage} />
            <Route path="/clusters/:slug/pipeline/:id" component={PipelineProjectPage} />
            <Route path="/clusters/:slug/funding" component={FundingPage} />
            <Route path="/clusters/:slug/site" component={SiteEditPage} />
            <Route path="/site/:slug" component={SitePage} />
            <Route path="/site/:slug/news/:post" component={SitePage} />
            <Route path="/site/:slug/:page" component={SitePage} />
            <Route path="/clusters/:slug/report" component={ReportPage} />
            <Route path="/clusters/:slug/groups" component={GroupsPage} />
            <Route path="/clusters/:slug/groups/:id" component={GroupPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}

await initI18n();
const root = document.getElementById('app')!;
// A server-rendered page (/site/..., src/site/site-render.tsx) is taken over in place; its code loads first so that
// the first render matches the HTML instead of suspending.
if (root.firstElementChild) {
  await SitePage.preload();
  hydrate(<App />, root);
} else render(<App />, root);
