import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The board's data: jobs (anyone reads them; the employer who posted one edits and closes
// it) and applications (read by the applicant, by the employer who posted the job, who moves
// them along, and by the board's admin; one per person per job).

export type JobType = 'full-time' | 'part-time' | 'contract' | 'internship';

export interface Job extends Row {
  title: string;
  company: string;
  location: string;
  type: JobType;
  remote: boolean;
  salary: string | null;
  description: string;
  open: boolean;
}

export type ApplicationStatus = 'received' | 'reviewing' | 'interview' | 'rejected' | 'hired';

export interface Application extends Row {
  job: number;
  name: string;
  email: string;
  coverLetter: string;
  link: string | null;
  status: ApplicationStatus;
}

export const jobs = collection<Job>('jobs');
export const applications = collection<Application>('applications');

export const JOB_TYPES: { id: JobType; label: string }[] = [
  { id: 'full-time', label: 'Full-time' },
  { id: 'part-time', label: 'Part-time' },
  { id: 'contract', label: 'Contract' },
  { id: 'internship', label: 'Internship' },
];

export const STATUSES: { id: ApplicationStatus; label: string; tone: 'muted' | 'primary' | 'warning' | 'success' | 'danger' }[] = [
  { id: 'received', label: 'Received', tone: 'muted' },
  { id: 'reviewing', label: 'In review', tone: 'primary' },
  { id: 'interview', label: 'Interview', tone: 'warning' },
  { id: 'hired', label: 'Hired', tone: 'success' },
  { id: 'rejected', label: 'Not selected', tone: 'danger' },
];

export function typeLabel(type: JobType): string {
  return JOB_TYPES.find((t) => t.id === type)?.label ?? type;
}
