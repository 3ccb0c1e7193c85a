import { useState } from 'react';
import type { ReactNode } from 'react';
import { useCollection, useUser } from 'faibric/data';
import Shell from './kit/Shell';
import type { NavItem } from './kit/Shell';
import type { Course, Enrolment, Learner, Lesson, Progress } from './courses';
import Catalogue from './components/Catalogue';
import CoursePage from './components/CoursePage';
import MyLearning from './components/MyLearning';
import CourseEditor from './components/CourseEditor';

type View = 'courses' | 'learning' | 'manage';

export default function App() {
  const { user } = useUser();
  const [view, setView] = useState<View>('courses');
  const [courseId, setCourseId] = useState<number | null>(null);
  const courses = useCollection<Course>('courses', { sort: 'title', limit: 200 });
  const lessons = useCollection<Lesson>('lessons', { sort: 'position', limit: 200 });

  const nav: NavItem[] = [
    { id: 'courses', label: 'Courses' },
    { id: 'learning', label: 'My learning' },
  ];
  if (user?.admin) nav.push({ id: 'manage', label: 'Manage courses' });
  const current: View = view === 'manage' && !user?.admin ? 'courses' : view;
  const course = courses.items.find((c) => c.id === courseId) ?? null;
  const open = (id: number) => {
    setCourseId(id);
    setView('courses');
  };

  return (
    <Shell nav={nav} current={current} onNavigate={(id) => { setView(id as View); setCourseId(null); }}>
      <LearnerScope signedIn={user !== null}>
        {(learner) => (
          <>
            {current === 'courses' && course && <CoursePage course={course} lessons={lessons.items} learner={learner} onBack={() => setCourseId(null)} />}
            {current === 'courses' && !course && <Catalogue courses={courses} lessons={lessons.items} learner={learner} onOpen={open} onManage={() => setView('manage')} />}
            {current === 'learning' && <MyLearning courses={courses.items} lessons={lessons.items} learner={learner} onOpen={open} onBrowse={() => setView('courses')} />}
            {current === 'manage' && <CourseEditor courses={courses} lessons={lessons.items} />}
          </>
        )}
      </LearnerScope>
    </Shell>
  );
}

const NOBODY: Learner = { signedIn: false, enrolment: () => undefined, record: () => undefined, doneIn: () => 0 };

/** Its children with the learner's enrolments and progress; asks for them only when signed in (they are private). */
function LearnerScope({ signedIn, children }: { signedIn: boolean; children: (learner: Learner) => ReactNode }) {
  return signedIn ? <SignedInLearner>{children}</SignedInLearner> : <>{children(NOBODY)}</>;
}

function SignedInLearner({ children }: { children: (learner: Learner) => ReactNode }) {
  const enrolled = useCollection<Enrolment>('enrolments', { where: { owner: 'me' }, limit: 200 });
  const finished = useCollection<Progress>('progress', { where: { owner: 'me' }, limit: 200 });
  return (
    <>
      {children({
        signedIn: true,
        enrolment: (course) => enrolled.items.find((e) => e.course === course),
        record: (lesson) => finished.items.find((p) => p.lesson === lesson),
        doneIn: (course) => finished.items.filter((p) => p.course === course).length,
      })}
    </>
  );
}
