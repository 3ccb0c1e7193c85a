import { LibraryPage } from '@/features/library/components/LibraryPage';

export function LibraryRoute() {
  return <LibraryPage />;
}
