import { apiRequest, getJson, putJson } from '@/lib/api';
import type { GenerationCost, ProjectFile } from '@/types/project';

/** One version as the history lists it (GET /api/projects/{id}/versions). */
export interface VersionEntry {
  number: number;
  summary: string | null;
  createdAt: string;
  cost: GenerationCost;
  rating: number | null;
  deployed: { tier: string | null; millis: number | null; url: string | null };
  /** The name its owner bookmarked it with. */
  bookmark: string | null;
  /** The version it restored, for a restore. */
  restoredFrom: number | null;
  /** Whether it is the version the app's live address serves. */
  live: boolean;
  /** Its own address, which always serves this version. */
  url: string;
}

/** One version with its files (GET /api/projects/{id}/versions/{n}). */
export interface VersionDetail extends VersionEntry {
  files: ProjectFile[];
}

/** What a restore answers: the new version and where it is live. */
export interface Restored {
  version: number;
  restoredFrom: number;
  url: string;
  versionUrl: string;
}

const versions = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/versions`;
const one = (projectId: string, number: number) => `${versions(projectId)}/${number}`;

export const listVersions = (projectId: string, signal?: AbortSignal) => getJson<VersionEntry[]>(versions(projectId), signal);

export const getVersion = (projectId: string, number: number, signal?: AbortSignal) =>
  getJson<VersionDetail>(one(projectId, number), signal);

/** A new version with this one's files, live at once (201); 409 for the live version or while a build runs. */
export const restoreVersion = (projectId: string, number: number) =>
  apiRequest<Restored>(`${one(projectId, number)}/restore`, { method: 'POST' });

export const bookmarkVersion = (projectId: string, number: number, name: string) =>
  putJson<VersionEntry>(`${one(projectId, number)}/bookmark`, { name });

export const removeBookmark = (projectId: string, number: number) =>
  apiRequest<void>(`${one(projectId, number)}/bookmark`, { method: 'DELETE' });
