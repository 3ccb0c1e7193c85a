import { useEffect } from 'react';
import { useAsync } from '@/hooks/useAsync';
import { ApiError } from '@/lib/api';
import type { ProjectDetail } from '@/types/project';
import { getProject } from '../api/getProject';

/** GET /api/projects/{id}/ once, handing the result to the stream so a deployed app shows at once. */
export function useProjectSnapshot(projectId: string, onLoad: (project: ProjectDetail) => void) {
  const { data, error } = useAsync((signal) => getProject(projectId, signal), projectId);
  useEffect(() => {
    if (data) onLoad(data);
  }, [data, onLoad]);
  const notFound = error instanceof ApiError && error.status === 404;
  return { project: data, error, notFound };
}
