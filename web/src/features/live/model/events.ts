import type { GenerationCost } from '@/types/project';

// The realtime protocol (docs: architecture.md, "The realtime protocol"). Every server message
// carries a per-project `seq` that grows by one; extras depend on the type.

export type ServerEventType =
  | 'thinking'
  | 'queued'
  | 'progress'
  | 'file'
  | 'preview'
  | 'validation'
  | 'complete'
  | 'deployed'
  | 'error'
  | 'user'
  | 'message';

export interface ServerEvent {
  seq: number;
  type: ServerEventType | string;
  content: unknown;
  timestamp: number;
  path?: string;
  /**
   * On `progress` of a file being written: the text written since the previous progress event of
   * that file. The file's first progress ("Writing <path>") has none; its `file` event has it whole.
   */
  chunk?: string;
  /** On `progress` of a change's edits to a file ("Editing <path>"): no chunks follow. */
  edit?: boolean;
  /** On `file`: how many lines it has. */
  lines?: number;
  /** On `validation`: whether the model is being asked to fix the errors. */
  repairing?: boolean;
  /** On the `thinking` event that starts a build: who writes it. */
  provider?: string;
  model?: string;
  /** On `thinking` when a fallback provider starts the answer again: what was streamed is void. */
  restarted?: boolean;
  /** On `queued`: the build's place in line (1 = next). */
  position?: number;
  files?: number;
  bytes?: number;
  url?: string;
  version?: number;
  errors?: string[];
  recoverable?: boolean;
  /** On an `error` that is a limit: seconds until it is worth trying again. */
  retryAfter?: number;
  /** On an `error` that ended the build (its previous version, if `recoverable`, stays live). */
  ended?: boolean;
  /** On a `thinking` event when the build starts from a library template: its slug and how close it was. */
  template?: string;
  similarity?: number;
  relevance?: number;
  /** On `complete`: what making the version cost, and what was not quite right in the answer. */
  usage?: GenerationCost;
  warnings?: string[];
  /** On `deployed`: where the version runs (static, data, docker, kubernetes). */
  tier?: string;
  /** On a `message` about the app's data: whether the data tier is on, and what was hidden (kept, not deleted). */
  dataTier?: boolean;
  hidden?: string[];
}

/** The `complete` event's result (the seed's JSON); only the fields the UI shows are typed. */
export interface AppResult {
  app_type?: string;
  title?: string;
  description?: string;
  components?: Record<string, string>;
  features?: string[];
  /** Whether the version keeps shared data on the platform (a data model, sign-in). */
  requires_backend?: boolean;
}

export interface UserMessage {
  type: 'user_message';
  content: string;
}

/** Parses one socket frame; anything that is not a JSON object with a type is dropped. */
export function parseServerEvent(data: unknown): ServerEvent | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(data);
    if (value && typeof value === 'object' && typeof (value as ServerEvent).type === 'string') {
      return value as ServerEvent;
    }
  } catch {
    // A malformed frame is not worth killing the stream for.
  }
  return undefined;
}

export const hasSeq = (event: ServerEvent) => typeof event.seq === 'number' && Number.isFinite(event.seq);
