// What the server says about a project. Shared: the project list, the live page and the app shell
// all read these shapes, and no feature owns them.

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
  /** Slugs of the library template and components the app was built from, template first. */
  reusedComponents?: string[];
  /** Whether the app keeps shared data (a data model, sign-in) on the platform. */
  requiresBackend?: boolean;
}

export interface ProjectFile {
  path: string;
  content: string;
}

/** What making one version cost; all zeros (and no provider) for the offline composer. */
export interface GenerationCost {
  aiCalls: number;
  inputTokens: number;
  outputTokens: number;
  firstTokenMillis: number;
  durationMillis: number;
  aiMillis: number;
  provider: string | null;
  model: string | null;
}

export interface ProjectVersion {
  number: number;
  createdAt: string;
  summary: string;
  cost?: GenerationCost;
  /** 1 to 5 once someone rated the version; not sent by servers that do not store it in the listing. */
  rating?: number | null;
  /** Whether it ran in the owner's browser without an uncaught error (false once it threw); null before it was seen. */
  ranClean?: boolean | null;
  /** The first error it threw in the owner's browser, if it did. */
  runtimeError?: string | null;
}

export interface ProjectDetail extends ProjectSummary {
  files: ProjectFile[];
  versions: ProjectVersion[];
  currentVersion: number | null;
}
