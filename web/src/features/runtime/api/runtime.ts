import { getJson, postJson } from '@/lib/api';
import type { ProjectDetail } from '@/types/project';
import type { RuntimeError } from '../model/runtimeMessage';

/** Records what the owner's browser saw when it ran a version: it ran clean, or it threw. */
export const reportRun = (projectId: string, version: number, report: { clean: true } | { error: RuntimeError }) =>
  postJson<{ project: number; version: number; clean: boolean }>(`/api/projects/${projectId}/versions/${version}/runtime`, report);

export interface FixStarted {
  id: number;
  /** The change request the server wrote from the error and sent. */
  request: string;
}

/**
 * Asks for the error to be fixed. The server decides (409 with the reason): never while a build
 * runs, never the same error twice, at most one such fix per message of the owner's.
 */
export const requestFix = (projectId: string, version: number | null, error: RuntimeError) =>
  postJson<FixStarted>(`/api/projects/${projectId}/fix`, version == null ? { error } : { error, version });

/** The newest version before `current` that ran clean in a browser, if one did. */
export async function lastCleanVersion(projectId: string, current: number | null, signal?: AbortSignal): Promise<number | null> {
  const project = await getJson<ProjectDetail>(`/api/projects/${projectId}/`, signal);
  const clean = (project.versions ?? [])
    .filter((v) => v.ranClean === true && (current == null || v.number < current))
    .map((v) => v.number);
  return clean.length > 0 ? Math.max(...clean) : null;
}

/** Restores a version: the server makes it the newest version again and deploys it. */
export const restoreVersion = (projectId: string, version: number) =>
  postJson<{ version: number }>(`/api/projects/${projectId}/versions/${version}/restore`, {});
