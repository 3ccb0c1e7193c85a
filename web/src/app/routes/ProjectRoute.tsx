import { useParams } from 'react-router-dom';
import { LiveCreation } from '../../features/live/components/LiveCreation';
import { ProjectNotFound } from '../../features/live/components/ProjectNotFound';

export function ProjectRoute() {
  const { id = '' } = useParams();
  if (!/^\d+$/.test(id)) return <ProjectNotFound projectId={id} />;
  // key: a different project gets a fresh socket and stream state.
  return <LiveCreation key={id} projectId={id} />;
}
