import type { ProjectStatus } from '@/types/project';

const labels: Record<ProjectStatus, string> = { generating: 'Generating', ready: 'Ready', failed: 'Failed' };

export function StatusBadge({ status }: { status: ProjectStatus | string }) {
  const label = labels[status as ProjectStatus] ?? status;
  return <span className={`status status-${status}`}>{label}</span>;
}

export function AppTypeBadge({ appType }: { appType: string }) {
  return <span className={`app-type app-type-${appType}`}>{appType}</span>;
}
