import { useState } from 'react';
import { DataError } from 'faibric/data';
import { theme } from '../theme';
import { button, card, chip, row, srOnly } from '../kit/ui';
import { Empty } from '../kit/States';
import { problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { LEVELS, enrolments, lessonsOf, progress } from '../courses';
import type { Course, Learner, Lesson } from '../courses';
import ProgressBar from './ProgressBar';

interface CoursePageProps {
  course: Course;
  lessons: Lesson[];
  learner: Learner;
  onBack: () => void;
}

/** A course: enrol, read its lessons in order and tick them off. */
export default function CoursePage({ course, lessons, learner, onBack }: CoursePageProps) {
  const { askToSignIn, notify } = useShell();
  const list = lessonsOf(lessons, course.id);
  const firstOpen = list.find((l) => !learner.record(l.id)) ?? list[0];
  const [lessonId, setLessonId] = useState<number | null>(firstOpen?.id ?? null);
  const [busy, setBusy] = useState(false);
  const lesson = list.find((l) => l.id === lessonId) ?? list[0] ?? null;
  const enrolled = learner.enrolment(course.id) !== undefined;
  const index = lesson ? list.indexOf(lesson) : -1;

  // Creating a row that exists already (a second tab, a double click) is fine: it is there.
  const ignoreTaken = (e: unknown) => {
    if (!(e instanceof DataError && e.status === 409)) throw e;
  };

  const enrol = async () => {
    if (!learner.signedIn) return askToSignIn('signup', `Create an account to enrol in ${course.title} and keep your progress.`);
    setBusy(true);
    try {
      await enrolments.create({ course: course.id }).catch(ignoreTaken);
      notify(`You're enrolled in ${course.title}.`);
    } catch (e) {
      notify(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  const toggleDone = async (l: Lesson) => {
    if (!learner.signedIn) return askToSignIn('signup', 'Create an account to keep track of the lessons you finish.');
    setBusy(true);
    try {
      const record = learner.record(l.id);
      if (record) {
        await progress.remove(record.id);
      } else {
        if (!enrolled) await enrolments.create({ course: course.id }).catch(ignoreTaken);
        await progress.create({ lesson: l.id, course: course.id }).catch(ignoreTaken);
        const next = list[list.indexOf(l) + 1];
        if (next) setLessonId(next.id);
        notify(next ? `Done! Next up: ${next.title}.` : 'Course finished. Well done! 🎉');
      }
    } catch (e) {
      notify(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article aria-labelledby="course-title" style={{ display: 'grid', gap: 18 }}>
      <div>
        <button type="button" onClick={onBack} style={button('ghost', true)}>← All courses</button>
      </div>
      <header style={{ ...card, display: 'grid', gap: 10 }}>
        <span style={chip(theme.primaryOnSurface)}>{LEVELS.find((x) => x.id === course.level)?.label}</span>
        <h2 id="course-title" data-testid="course-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 3.4vw, 32px)' }}>{course.title}</h2>
        {course.summary && <p style={{ margin: 0, color: theme.muted, lineHeight: 1.6 }}>{course.summary}</p>}
        {enrolled ? (
          <ProgressBar done={learner.doneIn(course.id)} total={list.length} />
        ) : (
          <div>
            <button type="button" data-testid="enrol" disabled={busy} onClick={enrol} style={button('primary', false, busy)}>Enrol for free</button>
          </div>
        )}
      </header>
      {list.length === 0 ? (
        <Empty icon="✍️" title="No lessons yet">The first lessons of this course are on their way.</Empty>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 18, alignItems: 'flex-start' }}>
          <nav aria-label="Lessons" style={{ ...card, flex: '1 1 240px', padding: 10 }}>
            <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
              {list.map((l, i) => {
                const done = learner.record(l.id) !== undefined;
                const active = l.id === lesson?.id;
                return (
                  <li key={l.id}>
                    <button type="button" data-testid="lesson-link" aria-current={active ? 'step' : undefined} onClick={() => setLessonId(l.id)} style={{ width: '100%', display: 'flex', gap: 10, alignItems: 'center', padding: '9px 10px', borderRadius: 10, border: 'none', textAlign: 'left', cursor: 'pointer', fontFamily: theme.body, fontSize: 15, background: active ? theme.tint : 'transparent', color: theme.text, fontWeight: active ? 700 : 500 }}>
                      <span aria-hidden="true" style={{ width: 24, height: 24, flexShrink: 0, borderRadius: 12, display: 'grid', placeItems: 'center', fontSize: 12, fontWeight: 800, background: done ? theme.success : theme.subtle, color: done ? '#ffffff' : theme.muted }}>{done ? '✓' : i + 1}</span>
                      <span style={{ flex: 1 }}>{l.title}</span>
                      <span style={{ fontSize: 12, color: theme.muted }}>{l.minutes ? `${l.minutes}′` : ''}</span>
                      {done && <span style={srOnly}>(done)</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          {lesson && (
            <section aria-labelledby="lesson-title" data-testid="lesson" style={{ ...card, flex: '999 1 420px', minWidth: 0, display: 'grid', gap: 14 }}>
              <span style={{ fontSize: 13, color: theme.muted }}>Lesson {index + 1} of {list.length}{lesson.minutes ? ` · ${lesson.minutes} min` : ''}</span>
              <h3 id="lesson-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 24 }}>{lesson.title}</h3>
              <div style={{ display: 'grid', gap: 12, lineHeight: 1.7, fontSize: 16 }}>
                {lesson.body.split(/\n\s*\n/).map((para, i) => (
                  <p key={i} style={{ margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{para}</p>
                ))}
              </div>
              <div style={{ ...row, justifyContent: 'space-between', borderTop: `1px solid ${theme.border}`, paddingTop: 14 }}>
                <button type="button" disabled={index <= 0} onClick={() => setLessonId(list[index - 1].id)} style={button('secondary', true, index <= 0)}>← Previous</button>
                <button type="button" data-testid="mark-done" disabled={busy} onClick={() => toggleDone(lesson)} aria-pressed={learner.record(lesson.id) !== undefined} style={button(learner.record(lesson.id) ? 'secondary' : 'primary', false, busy)}>
                  {learner.record(lesson.id) ? '✓ Done (undo)' : 'Mark as done'}
                </button>
                <button type="button" disabled={index >= list.length - 1} onClick={() => setLessonId(list[index + 1].id)} style={button('secondary', true, index >= list.length - 1)}>Next →</button>
              </div>
            </section>
          )}
        </div>
      )}
    </article>
  );
}
