import { apiRequest, getJson } from '@/lib/api';

// The owner's REST API over an app's data (GET /api/projects/{id}/data and below). The owner sees
// every row, whatever the app's own rules say; the server refuses anyone else with a problem+json.

/** A field as the overview lists it: its name and type (text, longtext, number, boolean, datetime, enum, reference, url). */
export interface DataField {
  name: string;
  type: string;
}

export interface CollectionSummary {
  name: string;
  /** How many rows it holds. */
  count: number;
  /** Its fields, in the schema's order. */
  fields: DataField[];
}

/** What an app keeps: its collections with their counts, how many users it has, and what was removed but kept. */
export interface DataOverview {
  schema: unknown;
  collections: CollectionSummary[];
  users: number;
  /** Collections and fields no longer in the schema, whose data is kept (hidden, never dropped). */
  hidden: unknown[];
}

/** A row as the data API gives it: the server's own fields, then one value per field. */
export interface DataRow {
  id: number;
  createdAt: string;
  updatedAt: string;
  owner: number | null;
  ownerName: string | null;
  [field: string]: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** One of the app's own users (not a Faibric account). */
export interface AppUserRow {
  id: number;
  email: string;
  name: string | null;
  admin: boolean;
  createdAt: string;
}

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/data`;
const of = (projectId: string, collection: string) => `${base(projectId)}/${encodeURIComponent(collection)}`;
const paged = (path: string, limit: number, offset: number) => `${path}?limit=${limit}&offset=${offset}`;

export const getOverview = (projectId: string, signal?: AbortSignal) => getJson<DataOverview>(base(projectId), signal);

export const getRows = (projectId: string, collection: string, limit: number, offset: number, signal?: AbortSignal) =>
  getJson<Page<DataRow>>(paged(of(projectId, collection), limit, offset), signal);

export const deleteRow = (projectId: string, collection: string, rowId: number) =>
  apiRequest<void>(`${of(projectId, collection)}/${rowId}`, { method: 'DELETE' });

export const getUsers = (projectId: string, limit: number, offset: number, signal?: AbortSignal) =>
  getJson<Page<AppUserRow>>(paged(`${base(projectId)}/_users`, limit, offset), signal);

export const deleteUser = (projectId: string, userId: number) =>
  apiRequest<void>(`${base(projectId)}/_users/${userId}`, { method: 'DELETE' });

/** A download link: the browser fetches it with its own session cookie and saves the file the server names. */
export const exportUrl = (projectId: string, collection: string, format: 'json' | 'csv') =>
  `${of(projectId, collection)}/export?format=${format}`;

/** A one-time link (valid two minutes) that opens the app signed in as its admin. */
export const createAdminLink = (projectId: string) =>
  apiRequest<{ url: string }>(`${base(projectId)}/admin-link`, { method: 'POST' });
