import { Link } from 'react-router-dom';
import { AppTypeBadge, StatusBadge } from '@/components/StatusBadge';
import { relativeTime } from '@/lib/relativeTime';
import { useRecentProjects } from '../hooks/useRecentProjects';

export function RecentProjects() {
  const { data: projects, error, loading } = useRecentProjects();

  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent projects</h2>
      {error && !projects && <p className="muted">Could not load projects: {error.message}</p>}
      {loading && !projects && !error && <p className="muted">Loading…</p>}
      {projects && projects.length === 0 && <p className="muted">Nothing yet — describe an app above to start.</p>}
      {projects && projects.length > 0 && (
        <ul className="project-list" data-testid="project-list">
          {projects.map((p) => (
            <li key={p.id}>
              <Link to={`/projects/${p.id}`} className="project-card">
                <span className="project-title">{p.title || p.prompt || p.slug}</span>
                <span className="project-meta">
                  <AppTypeBadge appType={p.appType} />
                  <StatusBadge status={p.status} />
                  <time dateTime={p.updatedAt || p.createdAt} title={new Date(p.updatedAt || p.createdAt).toLocaleString()}>
                    {relativeTime(p.updatedAt || p.createdAt)}
                  </time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
