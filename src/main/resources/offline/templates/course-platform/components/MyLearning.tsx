import { theme } from '../theme';
import { button, card, grid } from '../kit/ui';
import { Empty } from '../kit/States';
import { Section } from '../kit/Shell';
import { lessonsOf } from '../courses';
import type { Course, Learner, Lesson } from '../courses';
import ProgressBar from './ProgressBar';

interface MyLearningProps {
  courses: Course[];
  lessons: Lesson[];
  learner: Learner;
  onOpen: (id: number) => void;
  onBrowse: () => void;
}

/** The learner's courses with their progress and where to pick up. */
export default function MyLearning(props: MyLearningProps) {
  return (
    <Section id="learning" title="My learning" reason="Sign in to see your courses and progress.">
      <Enrolled {...props} />
    </Section>
  );
}

function Enrolled({ courses, lessons, learner, onOpen, onBrowse }: MyLearningProps) {
  const mine = courses.filter((c) => learner.enrolment(c.id) !== undefined);
  if (mine.length === 0) {
    return (
      <Empty icon="🎒" title="You haven't enrolled in a course yet" testId="no-enrolments">
        <button type="button" onClick={onBrowse} style={button('primary')}>Browse courses</button>
      </Empty>
    );
  }
  return (
    <ul style={{ ...grid(300, 14), listStyle: 'none', margin: 0, padding: 0 }}>
      {mine.map((c) => {
        const list = lessonsOf(lessons, c.id);
        const next = list.find((l) => !learner.record(l.id));
        return (
          <li key={c.id} data-testid="enrolled-course" style={{ ...card, display: 'grid', gap: 10, alignContent: 'start' }}>
            <strong style={{ fontSize: 17 }}>{c.title}</strong>
            <ProgressBar done={learner.doneIn(c.id)} total={list.length} />
            <span style={{ fontSize: 14, color: theme.muted }}>{next ? `Next: ${next.title}` : 'All lessons done 🎉'}</span>
            <div>
              <button type="button" onClick={() => onOpen(c.id)} style={button(next ? 'primary' : 'secondary', true)}>{next ? 'Continue' : 'Review'}</button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
