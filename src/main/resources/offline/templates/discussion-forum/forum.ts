import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The forum's data: questions and the answers to them, kept by the app's data API (see the
// "database" of template.json), shared by every visitor and live.


export type Tag = 'general' | 'help' | 'ideas' | 'show-and-tell' | 'off-topic';

export interface Question extends Row {
  title: string;
  body: string;
  tag: Tag;
  acceptedAnswer: number | null;
}

export interface Answer extends Row {
  question: number;
  body: string;
}

export const TAGS: { id: Tag; label: string; icon: string }[] = [
  { id: 'general', label: 'General', icon: '💬' },
  { id: 'help', label: 'Help', icon: '🛟' },
  { id: 'ideas', label: 'Ideas', icon: '💡' },
  { id: 'show-and-tell', label: 'Show and tell', icon: '🎉' },
  { id: 'off-topic', label: 'Off topic', icon: '☕' },
];

export function tagOf(id: Tag): { id: Tag; label: string; icon: string } {
  return TAGS.find((t) => t.id === id) ?? TAGS[0];
}

export const questions = collection<Question>('questions');
export const answers = collection<Answer>('answers');

export const TITLE_MIN = 8;
export const TITLE_MAX = 160;
export const BODY_MAX = 10000;
export const PAGE = 20;

export interface QuestionDraft {
  title: string;
  body: string;
  tag: Tag;
}

export function questionProblem(draft: QuestionDraft): string | null {
  const title = draft.title.trim();
  if (title.length < TITLE_MIN) return `Give your question a title of at least ${TITLE_MIN} characters.`;
  if (title.length > TITLE_MAX) return `Keep the title under ${TITLE_MAX} characters.`;
  if (!draft.body.trim()) return 'Add some details: what have you tried, what did you expect?';
  if (draft.body.length > BODY_MAX) return `Keep the details under ${BODY_MAX} characters.`;
  return null;
}

export function answerProblem(body: string): string | null {
  if (body.trim().length < 2) return 'Write your answer first.';
  if (body.length > BODY_MAX) return `Keep your answer under ${BODY_MAX} characters.`;
  return null;
}

/** How many answers each question has, from the answers of a page of questions. */
export function countByQuestion(list: Answer[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of list) counts.set(a.question, (counts.get(a.question) ?? 0) + 1);
  return counts;
}
