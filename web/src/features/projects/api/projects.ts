import { getJson } from '../../../lib/api';

export type ProjectStatus = 'generating' | 'ready' | 'failed';

export interface ProjectSummary {
  id: number;
  slug: string;
  title: string;
  prompt: string;
  appType: string;
  status: ProjectStatus;
  url: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectFile {
  path: string;
  content: string;
}

export interface ProjectVersion {
  number: number;
  createdAt: string;
  summary: string;
}

export interface ProjectDetail extends ProjectSummary {
  files: ProjectFile[];
  versions: ProjectVersion[];
  currentVersion: number | null;
}

export const listProjects = (signal?: AbortSignal) => getJson<ProjectSummary[]>('/api/projects/', signal);

export const getProject = (id: number | string, signal?: AbortSignal) =>
  getJson<ProjectDetail>(`/api/projects/${encodeURIComponent(String(id))}/`, signal);
