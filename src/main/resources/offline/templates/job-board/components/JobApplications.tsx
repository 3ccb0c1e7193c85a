import { useCollection, useUser } from 'faibric/data';
import { button } from '../kit/ui';
import { Empty } from '../kit/States';
import { Section } from '../kit/Shell';
import type { Application, Job } from '../jobs';
import ApplicationsByJob from './ApplicationsByJob';

/**
 * Employers read the applications to the jobs they posted and move them along. The server
 * lets them: applications are listed and read by their applicant or the owner of their job.
 */
export default function JobApplications({ jobs, onPost }: { jobs: Job[]; onPost: () => void }) {
  return (
    <Section id="hiring" title="Applications to my jobs" reason="Sign in to read the applications to the jobs you posted.">
      <ToMyJobs jobs={jobs} onPost={onPost} />
    </Section>
  );
}

function ToMyJobs({ jobs, onPost }: { jobs: Job[]; onPost: () => void }) {
  const { user } = useUser();
  // Everything this person may see: their own applications and those to their jobs.
  const visible = useCollection<Application>('applications', { sort: '-createdAt', limit: 200 });
  const mine = new Set(jobs.filter((j) => j.owner === user?.id).map((j) => j.id));
  const toMyJobs = { ...visible, items: visible.items.filter((a) => mine.has(a.job)) };
  const empty =
    mine.size === 0 ? (
      <Empty icon="🗂️" title="You have not posted a job yet" testId="no-postings">
        <button type="button" onClick={onPost} style={button('primary')}>Post a job</button>
      </Empty>
    ) : (
      <Empty icon="📭" title="No applications yet" testId="no-job-applications">They arrive here as people apply to your jobs.</Empty>
    );
  return <ApplicationsByJob jobs={jobs} list={toMyJobs} empty={empty} />;
}
