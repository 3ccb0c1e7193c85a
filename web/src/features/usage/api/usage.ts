import { getJson } from '@/lib/api';

/** One quota: what was used, the limit, and when it starts again (ISO instant). */
export interface Quota {
  used: number;
  limit: number;
  resetsAt: string;
}

/** A request rate: per account and per client address, each `periodSeconds`; `remaining` for this account now. */
export interface Rate {
  action: string;
  perAccount: number;
  perAddress: number;
  periodSeconds: number;
  remaining: number;
}

/** `GET /api/usage`: the caller's quotas, builds on this server, and the rates they are held to. */
export interface Usage {
  accountId: number;
  limited: boolean;
  generationsToday: Quota;
  tokensThisMonth: Quota;
  builds: { running: number; queued: number; maxRunning: number; maxQueued: number };
  rates: Rate[];
  chatMessages: { perAccount: number; perConnection: number; periodSeconds: number };
}

export const getUsage = (signal?: AbortSignal) => getJson<Usage>('/api/usage', signal);
