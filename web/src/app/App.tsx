import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AccountGate } from '@/features/account/components/AccountGate';
import { SystemInfoProvider } from '@/hooks/useSystemInfo';
import { Layout } from './Layout';
import { HomeRoute } from './routes/HomeRoute';
import { LibraryRoute } from './routes/LibraryRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { ProjectRoute } from './routes/ProjectRoute';

// The server forwards these paths to index.html (SinglePageRoutes; /library needs adding there);
// anything else is its own 404.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/projects/:id', element: <ProjectRoute /> },
      { path: '/library', element: <LibraryRoute /> },
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
