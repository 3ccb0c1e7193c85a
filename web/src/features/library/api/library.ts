import { getJson } from '@/lib/api';

export type LibraryKind = 'template' | 'component' | 'theme' | 'schema';

/** One semantic search hit; `similarity` is cosine similarity (0–1), `score` also weighs usage and quality. */
export interface SearchHit {
  kind: LibraryKind;
  id: number;
  slug: string;
  name: string;
  description: string;
  category: string | null;
  similarity: number;
  score: number;
  usageCount: number;
  quality: number;
}

export interface SearchResponse {
  query: string;
  results: SearchHit[];
}

export interface Page<T> {
  total: number;
  page: number;
  size: number;
  items: T[];
}

export interface TemplateItem {
  id: number;
  slug: string;
  name: string;
  description: string;
  category: string;
  appType: string;
  keywords: string[];
  /** The features the template already has. */
  provides: string[];
  usageCount: number;
  successRate: number | null;
}

export interface ComponentItem {
  id: number;
  slug: string;
  name: string;
  description: string;
  keywords: string[];
  propsInterface: unknown;
  /** Set when the component was learned from a well-rated app rather than shipped. */
  sourceProjectId: number | null;
  usageCount: number;
  rating: number | null;
}

/** Query string without the empty parameters (the server treats "" as a value for some). */
function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface SearchParams {
  q: string;
  kind?: LibraryKind;
  category?: string;
  limit?: number;
}

export const searchLibrary = ({ q, kind, category, limit }: SearchParams, signal?: AbortSignal) =>
  getJson<SearchResponse>(`/api/repository/search/${query({ q, kind, category, limit })}`, signal);

export interface PageParams {
  q?: string;
  category?: string;
  page?: number;
  size?: number;
}

export const listTemplates = ({ q, category, page, size }: PageParams = {}, signal?: AbortSignal) =>
  getJson<Page<TemplateItem>>(`/api/repository/templates/${query({ category, q, page, size })}`, signal);

export const listComponents = ({ q, page, size }: PageParams = {}, signal?: AbortSignal) =>
  getJson<Page<ComponentItem>>(`/api/repository/components/${query({ q, page, size })}`, signal);

/** The home page reads this to pre-fill its prompt box ("Use this" on a template). */
export const promptFromTemplate = (name: string) => `A ${name.trim().toLowerCase()}`;

export const homeWithPrompt = (prompt: string) => `/?${new URLSearchParams({ prompt }).toString()}`;

/** The library page, searching for one entry: where "Built from …" links. */
export const libraryLink = (q: string, kind?: LibraryKind) => `/library${query({ kind, q })}`;
