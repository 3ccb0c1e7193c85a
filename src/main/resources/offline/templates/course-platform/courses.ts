import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The platform's data: courses and their lessons (the admin writes them, everyone reads
// them), and each learner's enrolments and finished lessons (private to the learner).

export type Level = 'beginner' | 'intermediate' | 'advanced';

export interface Course extends Row {
  title: string;
  summary: string | null;
  level: Level;
  published: boolean;
}

export interface Lesson extends Row {
  course: number;
  title: string;
  body: string;
  position: number;
  minutes: number | null;
}

export interface Enrolment extends Row {
  course: number;
}

export interface Progress extends Row {
  lesson: number;
  course: number;
}

export const courses = collection<Course>('courses');
export const lessons = collection<Lesson>('lessons');
export const enrolments = collection<Enrolment>('enrolments');
export const progress = collection<Progress>('progress');

export const LEVELS: { id: Level; label: string }[] = [
  { id: 'beginner', label: 'Beginner' },
  { id: 'intermediate', label: 'Intermediate' },
  { id: 'advanced', label: 'Advanced' },
];

/** A course's lessons in order. */
export function lessonsOf(all: Lesson[], course: number): Lesson[] {
  return all.filter((l) => l.course === course).sort((a, b) => a.position - b.position || a.id - b.id);
}

/** What one learner has: enrolments and finished lessons. */
export interface Learner {
  signedIn: boolean;
  enrolment: (course: number) => Enrolment | undefined;
  record: (lesson: number) => Progress | undefined;
  doneIn: (course: number) => number;
}

export const SAMPLE_COURSE = {
  title: 'Getting started',
  summary: 'A short first course: what you will learn here and how to get the most out of it.',
  level: 'beginner' as Level,
  lessons: [
    { title: 'Welcome', minutes: 3, body: 'Welcome aboard!\n\nEach course is a series of short lessons. Read one, try what it suggests, then mark it as done to keep track of your progress.' },
    { title: 'How to study', minutes: 5, body: 'Little and often beats long and rare.\n\nSet aside fifteen minutes a day, finish one lesson, and write down one thing you will try.' },
    { title: 'Your first exercise', minutes: 10, body: 'Pick something you want to get better at and write it down in one sentence.\n\nCome back to it when you finish the course and see how far you got.' },
  ],
};
