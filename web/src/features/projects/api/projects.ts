import { apiRequest, getJson } from '@/lib/api';
import type { ProjectSummary } from '@/types/project';

export const listProjects = (signal?: AbortSignal) => getJson<ProjectSummary[]>('/api/projects/', signal);

/** Deletes a project for good (204); the server refuses (409) while it is being built. */
export const deleteProject = (projectId: string) =>
  apiRequest<void>(`/api/projects/${encodeURIComponent(projectId)}/`, { method: 'DELETE' });
