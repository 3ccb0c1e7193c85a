import { useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import Shell from './kit/Shell';
import type { NavItem } from './kit/Shell';
import type { Job } from './jobs';
import JobList from './components/JobList';
import PostJob from './components/PostJob';
import MyApplications from './components/MyApplications';
import JobApplications from './components/JobApplications';
import AllApplications from './components/AllApplications';

type View = 'jobs' | 'post' | 'hiring' | 'applied' | 'review';

export default function App() {
  const { user } = useUser();
  const [view, setView] = useState<View>('jobs');
  const jobs = useCollection<Job>('jobs', { sort: '-createdAt', limit: 200 });
  const nav: NavItem[] = [
    { id: 'jobs', label: 'Find jobs', badge: jobs.items.filter((j) => j.open).length },
    { id: 'post', label: 'Post a job' },
    { id: 'hiring', label: 'Applications to my jobs' },
    { id: 'applied', label: 'My applications' },
  ];
  if (user?.admin) nav.push({ id: 'review', label: 'All applications' });
  const current: View = view === 'review' && !user?.admin ? 'jobs' : view;

  return (
    <Shell nav={nav} current={current} onNavigate={(id) => setView(id as View)}>
      {current === 'jobs' && <JobList jobs={jobs} onPost={() => setView('post')} />}
      {current === 'post' && <PostJob jobs={jobs.items} />}
      {current === 'hiring' && <JobApplications jobs={jobs.items} onPost={() => setView('post')} />}
      {current === 'applied' && <MyApplications jobs={jobs.items} onBrowse={() => setView('jobs')} />}
      {current === 'review' && <AllApplications jobs={jobs.items} />}
    </Shell>
  );
}
