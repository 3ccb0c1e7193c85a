import { getJson, putJson } from '@/lib/api';

/** A project's public variables by name (sorted by the server) and its reminder of what they are. */
export interface Environment {
  variables: Record<string, string>;
  /** "Every visitor of the app can read these values; they apply from the next version." */
  note: string;
}

const path = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/environment`;

export const getEnvironment = (projectId: string, signal?: AbortSignal) => getJson<Environment>(path(projectId), signal);

/** Replaces the whole set; the server refuses it (400, with a `detail`) if a name or value breaks its rules. */
export const putEnvironment = (projectId: string, variables: Record<string, string>) =>
  putJson<Environment>(path(projectId), { variables });
