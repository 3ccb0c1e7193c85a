import { useState } from 'react';
import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, chip, grid, row, sectionTitle } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { LEVELS, SAMPLE_COURSE, courses as courseRows, lessons as lessonRows, lessonsOf } from '../courses';
import type { Course, Learner, Lesson } from '../courses';
import ProgressBar from './ProgressBar';

interface CatalogueProps {
  courses: LiveList<Course>;
  lessons: Lesson[];
  learner: Learner;
  onOpen: (id: number) => void;
  onManage: () => void;
}

export default function Catalogue({ courses, lessons, learner, onOpen, onManage }: CatalogueProps) {
  const { user } = useUser();
  const { notify } = useShell();
  const [seeding, setSeeding] = useState(false);
  const shown = courses.items.filter((c) => c.published || user?.admin);

  const addSample = async () => {
    setSeeding(true);
    try {
      const course = await courseRows.create({ title: SAMPLE_COURSE.title, summary: SAMPLE_COURSE.summary, level: SAMPLE_COURSE.level });
      for (const [i, l] of SAMPLE_COURSE.lessons.entries()) await lessonRows.create({ course: course.id, title: l.title, body: l.body, minutes: l.minutes, position: i + 1 });
      notify('Sample course added. Edit it under “Manage courses”.');
    } catch (e) {
      notify(problemText(e));
    } finally {
      setSeeding(false);
    }
  };

  const empty = (
    <Empty icon="🎓" title="No courses yet" testId="no-courses">
      {user?.admin ? (
        <>
          <span>Write your first course, or start from a short sample you can edit.</span>
          <span style={{ ...row, justifyContent: 'center' }}>
            <button type="button" onClick={onManage} style={button('primary')}>Create a course</button>
            <button type="button" disabled={seeding} onClick={addSample} style={button('secondary', false, seeding)}>{seeding ? 'Adding…' : 'Add a sample course'}</button>
          </span>
        </>
      ) : (
        <span>The first courses are being written. Check back soon.</span>
      )}
    </Empty>
  );

  return (
    <section aria-labelledby="catalogue-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="catalogue-title" style={sectionTitle}>Courses</h2>
      <ListState list={{ ...courses, items: shown }} loadingLabel="Loading courses…" empty={empty}>
        <ul style={{ ...grid(280, 16), listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((c) => {
            const list = lessonsOf(lessons, c.id);
            const minutes = list.reduce((s, l) => s + (l.minutes ?? 0), 0);
            const enrolled = learner.enrolment(c.id) !== undefined;
            return (
              <li key={c.id} data-testid="course" data-title={c.title}>
                <button type="button" onClick={() => onOpen(c.id)} style={{ ...card, width: '100%', height: '100%', padding: 0, overflow: 'hidden', textAlign: 'left', cursor: 'pointer', color: theme.text, fontFamily: theme.body, display: 'grid', gridTemplateRows: 'auto 1fr' }}>
                  <span aria-hidden="true" style={{ height: 90, background: `linear-gradient(135deg, ${alpha(theme.primary, 0.85)}, ${alpha(theme.accent, 0.7)})`, display: 'grid', placeItems: 'center', fontSize: 40 }}>📘</span>
                  <span style={{ padding: 16, display: 'grid', gap: 8, alignContent: 'start' }}>
                    <span style={{ ...row, gap: 6 }}>
                      <span style={chip(theme.primaryOnSurface)}>{LEVELS.find((l) => l.id === c.level)?.label}</span>
                      {!c.published && <span style={chip(theme.muted)}>Draft</span>}
                    </span>
                    <strong style={{ fontSize: 18 }}>{c.title}</strong>
                    {c.summary && <span style={{ color: theme.muted, fontSize: 14, lineHeight: 1.5 }}>{c.summary}</span>}
                    <span style={{ fontSize: 13, color: theme.muted }}>{list.length} {list.length === 1 ? 'lesson' : 'lessons'}{minutes > 0 ? ` · ${minutes} min` : ''}</span>
                    {enrolled && <ProgressBar done={learner.doneIn(c.id)} total={list.length} />}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </ListState>
    </section>
  );
}
