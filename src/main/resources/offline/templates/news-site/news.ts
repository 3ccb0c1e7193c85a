import { collection } from 'faibric/data';
import type { Row, Values } from 'faibric/data';

// The newsroom's data: articles in sections, written by the app's admin, and readers'
// comments, in the app's data API (see the "database" of template.json).

export type Category = 'local' | 'world' | 'business' | 'technology' | 'science' | 'sport' | 'culture' | 'opinion';

export const CATEGORIES: { id: Category; label: string }[] = [
  { id: 'local', label: 'Local' },
  { id: 'world', label: 'World' },
  { id: 'business', label: 'Business' },
  { id: 'technology', label: 'Technology' },
  { id: 'science', label: 'Science' },
  { id: 'sport', label: 'Sport' },
  { id: 'culture', label: 'Culture' },
  { id: 'opinion', label: 'Opinion' },
];

export function categoryLabel(id: string | undefined): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? 'News';
}

export function isCategory(id: string | undefined): id is Category {
  return CATEGORIES.some((c) => c.id === id);
}

export interface Article extends Row {
  headline: string;
  standfirst: string | null;
  body: string;
  category: Category;
  image: string | null;
  byline: string | null;
  featured: boolean;
}

export interface ArticleComment extends Row {
  article: number;
  body: string;
}

export const articles = collection<Article>('articles');

export interface ArticleDraft {
  headline: string;
  standfirst: string;
  body: string;
  category: Category;
  image: string;
  byline: string;
  featured: boolean;
}

/** The draft of an article, or of a new one. */
export function draftOf(a: Article | null): ArticleDraft {
  return { headline: a?.headline ?? '', standfirst: a?.standfirst ?? '', body: a?.body ?? '', category: a?.category ?? 'local', image: a?.image ?? '', byline: a?.byline ?? '', featured: a?.featured ?? false };
}

export function articleProblem(d: ArticleDraft): string | null {
  if (d.headline.trim().length < 5) return 'Write a headline of at least 5 characters.';
  if (d.headline.trim().length > 160) return 'Keep the headline under 160 characters.';
  if (d.standfirst.length > 300) return 'Keep the standfirst under 300 characters.';
  if (!d.body.trim()) return 'Write the article first.';
  if (d.image.trim() && !/^https?:\/\/\S+$/i.test(d.image.trim())) return 'The image must be a web address starting with https://';
  if (d.byline.trim().length > 80) return 'Keep the byline under 80 characters.';
  return null;
}

export function valuesOf(d: ArticleDraft): Values<Article> {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return { headline: d.headline.trim(), standfirst: optional(d.standfirst), body: d.body.trim(), category: d.category, image: optional(d.image), byline: optional(d.byline), featured: d.featured };
}

/** "Today, 09:30", "Yesterday, 18:05", or the date. */
export function published(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const days = Math.floor((new Date().setHours(0, 0, 0, 0) - new Date(iso).setHours(0, 0, 0, 0)) / 86_400_000);
  if (days === 0) return `Today, ${time}`;
  if (days === 1) return `Yesterday, ${time}`;
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
