import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The team's CRM data (shared by every signed-in member; only a row's creator or the admin
// may delete it): companies, their contacts, deals moving through the pipeline, and the
// activities (calls, e-mails, meetings, to-dos) on each deal.

export const CURRENCY = 'USD';

export interface Company extends Row {
  name: string;
  website: string | null;
  industry: string | null;
}

export interface Contact extends Row {
  company: number | null;
  name: string;
  email: string | null;
  phone: string | null;
}

export type Stage = 'lead' | 'qualified' | 'proposal' | 'won' | 'lost';

export interface Deal extends Row {
  company: number;
  contact: number | null;
  title: string;
  value: number;
  stage: Stage;
  expectedClose: string | null;
}

export type ActivityKind = 'call' | 'email' | 'meeting' | 'task';

export interface Activity extends Row {
  deal: number;
  kind: ActivityKind;
  note: string | null;
  dueAt: string | null;
  done: boolean;
}

export const companies = collection<Company>('companies');
export const contacts = collection<Contact>('contacts');
export const deals = collection<Deal>('deals');
export const activities = collection<Activity>('activities');

export const STAGES: { id: Stage; title: string; tone: 'muted' | 'primary' | 'warning' | 'success' | 'danger' }[] = [
  { id: 'lead', title: 'Lead', tone: 'muted' },
  { id: 'qualified', title: 'Qualified', tone: 'primary' },
  { id: 'proposal', title: 'Proposal', tone: 'warning' },
  { id: 'won', title: 'Won', tone: 'success' },
  { id: 'lost', title: 'Lost', tone: 'danger' },
];

export const KINDS: { id: ActivityKind; label: string; icon: string }[] = [
  { id: 'call', label: 'Call', icon: '📞' },
  { id: 'email', label: 'E-mail', icon: '✉️' },
  { id: 'meeting', label: 'Meeting', icon: '🤝' },
  { id: 'task', label: 'To-do', icon: '✅' },
];

/** Whether the signed-in person may delete a row: its creator or the admin. */
export function canDelete(row: Row, user: { id: number; admin: boolean } | null): boolean {
  return user !== null && (user.admin || row.owner === user.id);
}
