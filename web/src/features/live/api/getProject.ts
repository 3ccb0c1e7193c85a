import { getJson } from '@/lib/api';
import type { ProjectDetail } from '@/types/project';

/** The REST snapshot of one project: files, versions and where it is deployed. */
export const getProject = (id: number | string, signal?: AbortSignal) =>
  getJson<ProjectDetail>(`/api/projects/${encodeURIComponent(String(id))}/`, signal);
