import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { button, card, chip, field, label, row } from '../kit/ui';
import { FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { LEVELS, courses as courseRows, lessons as lessonRows, lessonsOf } from '../courses';
import type { Course, Lesson, Level } from '../courses';

/** The admin writes courses and their lessons, orders lessons, and publishes courses. */
export default function CourseEditor(props: { courses: LiveList<Course>; lessons: Lesson[] }) {
  return (
    <Section id="editor" title="Manage courses" admin reason="Sign in as the admin to write courses.">
      <Editor {...props} />
    </Section>
  );
}

function Editor({ courses, lessons }: { courses: LiveList<Course>; lessons: Lesson[] }) {
  const [selected, setSelected] = useState<number | 'new'>('new');
  const course = courses.items.find((c) => c.id === selected) ?? null;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 18, alignItems: 'flex-start' }}>
      <nav aria-label="Your courses" style={{ ...card, flex: '1 1 220px', display: 'grid', gap: 6, padding: 12 }}>
        <button type="button" onClick={() => setSelected('new')} style={button(selected === 'new' ? 'primary' : 'secondary', true)}>+ New course</button>
        <ListState list={courses} empty={<p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>No courses yet.</p>}>
          {courses.items.map((c) => (
            <button key={c.id} type="button" aria-current={c.id === selected ? 'true' : undefined} onClick={() => setSelected(c.id)} style={{ ...button('ghost', true), textAlign: 'left', whiteSpace: 'normal', color: theme.text, background: c.id === selected ? theme.tint : 'transparent' }}>
              {c.title} {!c.published && <span style={chip(theme.muted)}>Draft</span>}
            </button>
          ))}
        </ListState>
      </nav>
      <div style={{ flex: '999 1 440px', minWidth: 0, display: 'grid', gap: 16 }}>
        <CourseForm key={course?.id ?? 'new'} course={course} onSaved={(id) => setSelected(id)} onDeleted={() => setSelected('new')} />
        {course && <LessonList course={course} lessons={lessonsOf(lessons, course.id)} />}
      </div>
    </div>
  );
}

function CourseForm({ course, onSaved, onDeleted }: { course: Course | null; onSaved: (id: number) => void; onDeleted: () => void }) {
  const { notify } = useShell();
  const [title, setTitle] = useState(course?.title ?? '');
  const [summary, setSummary] = useState(course?.summary ?? '');
  const [level, setLevel] = useState<Level>(course?.level ?? 'beginner');
  const [published, setPublished] = useState(course?.published ?? true);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError(new Error('Give the course a title.'));
    const values = { title: title.trim(), summary: summary.trim() || null, level, published };
    try {
      const saved = course ? await courseRows.update(course.id, values) : await courseRows.create(values);
      notify(course ? 'Course saved.' : `Created “${saved.title}”. Now add its lessons.`);
      setError(null);
      onSaved(saved.id);
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="course-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <h3 style={{ margin: 0, fontSize: 18 }}>{course ? 'Course details' : 'New course'}</h3>
      <label style={label}>
        Title
        <input data-testid="course-title-input" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Summary
        <textarea rows={2} value={summary} maxLength={2000} onChange={(e) => setSummary(e.target.value)} style={{ ...field, resize: 'vertical' }} />
      </label>
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <label style={{ ...label, flex: '1 1 160px' }}>
          Level
          <select value={level} onChange={(e) => setLevel(e.target.value as Level)} style={field}>
            {LEVELS.map((l) => (
              <option key={l.id} value={l.id}>{l.label}</option>
            ))}
          </select>
        </label>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '10px 0' }}>
          <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} /> Published (learners see it)
        </label>
      </div>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="save-course" style={button('primary')}>{course ? 'Save course' : 'Create course'}</button>
        {course && (
          <button type="button" onClick={() => courseRows.remove(course.id).then(() => { notify('Course deleted.'); onDeleted(); }, (e) => notify(problemText(e)))} style={button('ghost')}>
            Delete course
          </button>
        )}
      </div>
    </form>
  );
}

function LessonList({ course, lessons }: { course: Course; lessons: Lesson[] }) {
  const { notify } = useShell();
  const [editing, setEditing] = useState<Lesson | 'new' | null>(null);

  // Swapping positions with the neighbour keeps the order without renumbering every lesson.
  const swap = async (a: Lesson, b: Lesson) => {
    try {
      const [pa, pb] = a.position === b.position ? [b.position + 1, a.position] : [b.position, a.position];
      await lessonRows.update(a.id, { position: pa });
      await lessonRows.update(b.id, { position: pb });
    } catch (e) {
      notify(problemText(e));
    }
  };

  return (
    <section aria-labelledby="lessons-title" style={{ ...card, display: 'grid', gap: 10 }}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <h3 id="lessons-title" style={{ margin: 0, fontSize: 18 }}>Lessons ({lessons.length})</h3>
        <button type="button" data-testid="new-lesson" onClick={() => setEditing('new')} style={button('primary', true)}>+ Add lesson</button>
      </div>
      {editing === 'new' && <LessonForm course={course} lesson={null} position={Math.max(0, ...lessons.map((l) => l.position)) + 1} onDone={() => setEditing(null)} />}
      {lessons.length === 0 && editing !== 'new' && <p style={{ margin: 0, color: theme.muted }}>No lessons yet.</p>}
      <ol style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 8 }}>
        {lessons.map((l, i) =>
          editing !== 'new' && editing?.id === l.id ? (
            <li key={l.id}>
              <LessonForm course={course} lesson={l} position={l.position} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={l.id} data-testid="managed-lesson" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: '8px 10px', borderRadius: 10, background: theme.subtle }}>
              <span style={{ fontWeight: 700, color: theme.muted, minWidth: 22 }}>{i + 1}.</span>
              <span style={{ flex: '1 1 160px' }}>{l.title}</span>
              <button type="button" aria-label={`Move ${l.title} up`} disabled={i === 0} onClick={() => swap(l, lessons[i - 1])} style={button('secondary', true, i === 0)}>↑</button>
              <button type="button" aria-label={`Move ${l.title} down`} disabled={i === lessons.length - 1} onClick={() => swap(l, lessons[i + 1])} style={button('secondary', true, i === lessons.length - 1)}>↓</button>
              <button type="button" onClick={() => setEditing(l)} style={button('secondary', true)}>Edit</button>
              <button type="button" aria-label={`Delete ${l.title}`} onClick={() => lessonRows.remove(l.id).catch((e) => notify(problemText(e)))} style={button('ghost', true)}>Delete</button>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}

function LessonForm({ course, lesson, position, onDone }: { course: Course; lesson: Lesson | null; position: number; onDone: () => void }) {
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [minutes, setMinutes] = useState(lesson?.minutes ? String(lesson.minutes) : '');
  const [body, setBody] = useState(lesson?.body ?? '');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !body.trim()) return setError(new Error('A lesson needs a title and some text.'));
    const values = { course: course.id, title: title.trim(), body: body.trim(), minutes: minutes ? Number(minutes) : null, position };
    try {
      if (lesson) await lessonRows.update(lesson.id, values);
      else await lessonRows.create(values);
      onDone();
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="lesson-form" style={{ display: 'grid', gap: 10, padding: 12, borderRadius: 12, border: `1px solid ${theme.borderStrong}` }}>
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <label style={{ ...label, flex: '3 1 220px' }}>
          Lesson title
          <input data-testid="lesson-title" value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} style={field} />
        </label>
        <label style={{ ...label, flex: '1 1 90px' }}>
          Minutes
          <input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value.replace(/[^0-9]/g, ''))} style={field} />
        </label>
      </div>
      <label style={label}>
        Text (a blank line starts a new paragraph)
        <textarea data-testid="lesson-body" rows={8} value={body} maxLength={50000} onChange={(e) => setBody(e.target.value)} style={{ ...field, resize: 'vertical', lineHeight: 1.5 }} />
      </label>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="save-lesson" style={button('primary', true)}>{lesson ? 'Save lesson' : 'Add lesson'}</button>
        <button type="button" onClick={onDone} style={button('secondary', true)}>Cancel</button>
      </div>
    </form>
  );
}
