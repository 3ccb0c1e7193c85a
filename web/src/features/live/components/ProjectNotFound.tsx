import { Link } from 'react-router-dom';

export function ProjectNotFound({ projectId }: { projectId: string }) {
  return (
    <div className="not-found" role="alert" data-testid="project-not-found">
      <h1>Project not found</h1>
      <p>There is no project #{projectId} on this server. It may have been deleted, or the link is wrong.</p>
      <Link to="/" className="primary button-link">
        Start a new app
      </Link>
    </div>
  );
}
