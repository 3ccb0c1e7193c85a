import { useEffect } from 'react';
import { useAsync } from '@/hooks/useAsync';
import { listProjects } from '../api/projects';

const POLL_MS = 4000;

/** The project list, refreshed while any project is still generating so statuses move on their own. */
export function useRecentProjects() {
  const state = useAsync((signal) => listProjects(signal), 'projects');
  const anyGenerating = state.data?.some((p) => p.status === 'generating') ?? false;
  const { reload } = state;

  useEffect(() => {
    if (!anyGenerating) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [anyGenerating, reload]);

  return state;
}
