import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AccountGate } from '@/features/account/components/AccountGate';
import { SystemInfoProvider } from '@/hooks/useSystemInfo';
import { Layout } from './Layout';
import { HomeRoute } from './routes/HomeRoute';
import { LibraryRoute } from './routes/LibraryRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { ProjectRoute } from './routes/ProjectRoute';
import { UsageRoute } from './routes/UsageRoute';

// The server forwards these paths to index.html (SinglePageRoutes; a new route needs adding there);
// anything else is its own 404.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/projects/:id', element: <ProjectRoute /> },
      { path: '/library', element: <LibraryRoute /> },
      { path: '/usage', element: <UsageRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function App() {
  return (
    <AccountGate>
      <SystemInfoProvider>
        <RouterProvider router={router} />
      </SystemInfoProvider>
    </AccountGate>
  );
}
