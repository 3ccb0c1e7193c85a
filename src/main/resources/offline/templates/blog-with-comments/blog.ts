import { collection } from 'faibric/data';
import type { Row, Values } from 'faibric/data';

// The blog's data: posts, written by the app's admin (its owner), and readers' comments.
// Both live in the app's data API (see the "database" of template.json).

export interface Post extends Row {
  title: string;
  summary: string | null;
  body: string;
  cover: string | null;
  topic: string | null;
}

export interface PostComment extends Row {
  post: number;
  body: string;
}

export const posts = collection<Post>('posts');

export const TITLE_MAX = 160;
export const SUMMARY_MAX = 300;
export const BODY_MAX = 50000;

export interface PostDraft {
  title: string;
  summary: string;
  body: string;
  cover: string;
  topic: string;
}

/** The draft of a post, or of a new one. */
export function draftOf(post: Post | null): PostDraft {
  return { title: post?.title ?? '', summary: post?.summary ?? '', body: post?.body ?? '', cover: post?.cover ?? '', topic: post?.topic ?? '' };
}

export function postProblem(draft: PostDraft): string | null {
  if (!draft.title.trim()) return 'Give the post a title.';
  if (draft.title.trim().length > TITLE_MAX) return `Keep the title under ${TITLE_MAX} characters.`;
  if (draft.summary.length > SUMMARY_MAX) return `Keep the summary under ${SUMMARY_MAX} characters.`;
  if (!draft.body.trim()) return 'Write the post first.';
  if (draft.cover.trim() && !/^https?:\/\/\S+$/i.test(draft.cover.trim())) return 'The cover image must be a web address starting with https://';
  if (draft.topic.trim().length > 40) return 'Keep the topic under 40 characters.';
  return null;
}

/** The values to store: empty optional fields are cleared rather than saved as "". */
export function valuesOf(draft: PostDraft): Values<Post> {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return { title: draft.title.trim(), summary: optional(draft.summary), body: draft.body.trim(), cover: optional(draft.cover), topic: optional(draft.topic) };
}

export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
