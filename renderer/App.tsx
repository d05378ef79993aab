import { useRoute } from './app/routing';
import { HomeView } from './home/HomeView';
import { OpenAssessment } from './open-assessment/OpenAssessment';
import { ErrorBoundary } from './ui/ErrorBoundary';

/**
 * Picks the view for the current route. Keying by route gives each assessment a fresh view
 * (and store), and lets a crashed view recover when the user navigates away.
 */
export function App() {
  const route = useRoute();
  const viewKey = route.name === 'assessment' ? `assessment:${route.id}` : 'home';
  return (
    <ErrorBoundary key={viewKey}>
      {route.name === 'assessment'
        ? <OpenAssessment key={viewKey} id={route.id} />
        : <HomeView startCreating={route.creating} startOpening={route.opening} startImporting={route.importing} />}
    </ErrorBoundary>
  );
}
