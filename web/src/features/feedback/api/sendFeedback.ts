import { postJson } from '@/lib/api';

export type Thumbs = 'up' | 'down';

/** What the server recorded: the 1–5 rating (up = 5, down = 1) and how many components the library learned. */
export interface FeedbackRecorded {
  project: number;
  version: number;
  rating: number;
  componentsLearned: number;
}

export const sendFeedback = (projectId: number | string, version: number, thumbs: Thumbs) =>
  postJson<FeedbackRecorded>(
    `/api/projects/${encodeURIComponent(String(projectId))}/versions/${version}/feedback`,
    { thumbs },
  );

/** A stored 1–5 rating read back as thumbs: 4–5 up, 1–2 down, 3 neither. */
export function thumbsOf(rating: number | null | undefined): Thumbs | undefined {
  if (rating == null) return undefined;
  if (rating >= 4) return 'up';
  if (rating <= 2) return 'down';
  return undefined;
}
