import { getJson } from '@/lib/api';

/** What generates apps on this server; shown so users always know whether an AI model is involved. */
export interface SystemInfo {
  provider: string;
  model: string;
  description: string;
  promptMaxLength: number;
}

export const DEFAULT_PROMPT_MAX_LENGTH = 4000;

export const getSystemInfo = (signal?: AbortSignal) => getJson<SystemInfo>('/api/system/info', signal);
