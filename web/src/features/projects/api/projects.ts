import { getJson } from '@/lib/api';
import type { ProjectSummary } from '@/types/project';

export const listProjects = (signal?: AbortSignal) => getJson<ProjectSummary[]>('/api/projects/', signal);
