import { apiRequest, getJson, putJson } from '@/lib/api';

/** A secret as the server lists it: its name and when it was last set, never its value. */
export interface SecretName {
  name: string;
  updatedAt: string;
}

const path = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/secrets`;
const one = (projectId: string, name: string) => `${path(projectId)}/${encodeURIComponent(name)}`;

export const listSecrets = (projectId: string, signal?: AbortSignal) =>
  getJson<{ secrets: SecretName[] }>(path(projectId), signal).then((answer) => answer.secrets);

/** Sets one secret (a new one, or a replacement); 204. The server refuses (400, with a `detail`) a bad name or value. */
export const putSecret = (projectId: string, name: string, value: string) => putJson<void>(one(projectId, name), { value });

export const deleteSecret = (projectId: string, name: string) => apiRequest<void>(one(projectId, name), { method: 'DELETE' });
