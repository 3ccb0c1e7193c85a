// The page's state as the stream reducer keeps it, and the small steps every part of it takes.
import type { GenerationCost, ProjectDetail } from '@/types/project';
import type { BuildCard } from './buildCard';
import type { AppResult, ServerEvent } from './events';

/** What the chat shows: lines of their own, and one card per build that its other events fold into. */
export type FeedKind = 'thinking' | 'error' | 'user' | 'message' | 'build';

export interface FeedItem {
  key: string;
  kind: FeedKind;
  text: string;
  timestamp: number;
  seq?: number;
  errors?: string[];
  recoverable?: boolean;
  /** A chat message this tab sent that the server has not echoed back yet. */
  pending?: boolean;
  /** On a `build` item: the build card. */
  build?: BuildCard;
}

/** The file being written right now and its text so far (from the chunks of its progress events). */
export interface WritingFile {
  path: string;
  text: string;
}

export type Phase = 'waiting' | 'generating' | 'ready' | 'failed';

/** The library template a generation started from, as its `thinking` event announced it. */
export interface TemplateStart {
  slug: string;
  similarity: number | null;
  relevance: number | null;
}

export interface StreamState {
  lastSeq: number;
  items: FeedItem[];
  /** path -> full source, in the order files were first written. */
  files: Record<string, string>;
  fileOrder: string[];
  /** Latest preview/deployed url and the cache-buster that changes with every new version. */
  url: string | null;
  urlVersion: string | null;
  /** Whether `url` is a preview (a version still being written) rather than a deployed version. */
  showingPreview: boolean;
  version: number | null;
  /** Last thinking/progress message: what the building animation says it is doing. */
  step: string | null;
  /** The build's place in this server's line of builds while it waits (1 = next); null once it runs. */
  queuePosition: number | null;
  phase: Phase;
  title: string | null;
  result: AppResult | null;
  /** Known before the project's reusedComponents are (they are recorded once the app is live). */
  template: TemplateStart | null;
  /** version -> its cost, from `complete` events: fresher than the REST snapshot after a change. */
  costs: Record<number, GenerationCost>;
  /** Key of the build card of the build under way (the one its events fold into), if any. */
  openBuild: string | null;
  /** The file being written, growing as its chunks arrive; null between files. */
  writing: WritingFile | null;
  /** The file the build under way touched last (the code view follows it); null between builds. */
  activeFile: string | null;
  /** The newest error's words. */
  lastError: string | null;
}

export type StreamAction =
  | { type: 'events'; events: ServerEvent[] }
  | { type: 'snapshot'; project: ProjectDetail }
  | { type: 'localUser'; key: string; text: string; timestamp: number };

export const initialStreamState = (): StreamState => ({
  lastSeq: 0,
  items: [],
  files: {},
  fileOrder: [],
  url: null,
  urlVersion: null,
  showingPreview: false,
  version: null,
  step: null,
  queuePosition: null,
  phase: 'waiting',
  title: null,
  result: null,
  template: null,
  costs: {},
  openBuild: null,
  writing: null,
  activeFile: null,
  lastError: null,
});

/** The key, sequence number and time an event gives the chat item it becomes. */
export interface ItemBase {
  key: string;
  seq?: number;
  timestamp: number;
}

export const countLines = (source: string) => (source === '' ? 0 : source.replace(/\n$/, '').split('\n').length);

export const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function writeFile(state: StreamState, path: string, content: string): StreamState {
  const known = path in state.files;
  return {
    ...state,
    files: { ...state.files, [path]: content },
    fileOrder: known ? state.fileOrder : [...state.fileOrder, path],
  };
}

export function push(state: StreamState, item: FeedItem): StreamState {
  return { ...state, items: [...state.items, item] };
}

