import { useCollection } from 'faibric/data';
import { Empty } from '../kit/States';
import { Section } from '../kit/Shell';
import type { Application, Job } from '../jobs';
import ApplicationsByJob from './ApplicationsByJob';

/** The admin reads every application, by job, and moves it along. */
export default function AllApplications({ jobs }: { jobs: Job[] }) {
  return (
    <Section id="review" title="All applications" admin reason="Sign in as the board's admin to review applications.">
      <Review jobs={jobs} />
    </Section>
  );
}

function Review({ jobs }: { jobs: Job[] }) {
  const all = useCollection<Application>('applications', { sort: '-createdAt', limit: 200 });
  return <ApplicationsByJob jobs={jobs} list={all} empty={<Empty icon="📭" title="No applications yet">They arrive here as people apply.</Empty>} />;
}
