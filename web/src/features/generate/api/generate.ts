import { postJson } from '@/lib/api';

export interface GenerateResponse {
  id: number;
  slug: string;
  websocket: string;
}

export const generateApp = (prompt: string) => postJson<GenerateResponse>('/api/v2/generate/', { prompt });
