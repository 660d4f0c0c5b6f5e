// Boots the web app: languages first, then the router with one lazily loaded module per page.
import { render } from 'preact';
import { ErrorBoundary, lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout.tsx';
import { initI18n } from './i18n.ts';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';
import './styles.css';

const SignIn = lazy(() => import('./pages/SignIn.tsx').then((m) => m.SignIn));
const MapPage = lazy(() => import('./pages/Map.tsx').then((m) => m.MapPage));
const NetworkPage = lazy(() => import('./pages/Network.tsx').then((m) => m.NetworkPage));

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
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}

await initI18n();
render(<App />, document.getElementById('app')!);
