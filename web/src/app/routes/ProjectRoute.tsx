import { useParams } from 'react-router-dom';
import { DataTab } from '@/features/data/components/DataTab';
import { EnvironmentPanel } from '@/features/environment/components/EnvironmentPanel';
import { thumbsOf } from '@/features/feedback/api/sendFeedback';
import { VersionFeedback } from '@/features/feedback/components/VersionFeedback';
import { LiveCreation, type LiveVersion } from '@/features/live/components/LiveCreation';
import { ProjectNotFound } from '@/features/live/components/ProjectNotFound';
import type { PreviewFrame } from '@/features/live/components/PreviewPanel';
import { DeleteProject } from '@/features/projects/components/DeleteProject';
import { RuntimeErrorNotice } from '@/features/runtime/components/RuntimeErrorNotice';
import { SecretsPanel } from '@/features/secrets/components/SecretsPanel';
import { VersionsPanel } from '@/features/versions/components/VersionsPanel';
import { BuildFacts } from '../components/BuildFacts';

const facts = ({ reused, cost }: LiveVersion) => <BuildFacts reused={reused} cost={cost} />;

export function ProjectRoute() {
  const { id = '' } = useParams();
  if (!/^\d+$/.test(id)) return <ProjectNotFound projectId={id} />;

  const feedback = ({ number, rating }: LiveVersion) => {
    const initial = thumbsOf(rating);
    // Keyed so a new version (or its stored rating arriving) starts the vote afresh.
    return <VersionFeedback key={`${number}-${initial ?? ''}`} projectId={id} version={number} initial={initial} />;
  };

  const settings = ({ title }: { title: string }) => (
    <div className="project-settings">
      <EnvironmentPanel projectId={id} />
      <SecretsPanel projectId={id} />
      <DeleteProject projectId={id} title={title} />
    </div>
  );

  // Only apps that keep shared data have any to show.
  const data = ({ number, requiresBackend }: LiveVersion) => (requiresBackend ? <DataTab projectId={id} version={number} /> : null);

  const versions = ({ number }: LiveVersion) => <VersionsPanel projectId={id} liveVersion={number} />;
  // Keyed by the frame: each version (and each reload) starts without errors.
  const runtimeErrors = ({ number }: LiveVersion, frame: PreviewFrame) => (
    <RuntimeErrorNotice key={frame.key} projectId={id} version={number} frame={frame} />
  );

  // key: a different project gets a fresh socket and stream state (and fresh panels).
  return (
    <LiveCreation
      key={id}
      projectId={id}
      renderFacts={facts}
      renderVersionActions={feedback}
      renderSettings={settings}
      renderData={data}
      renderVersions={versions}
      renderPreviewNotice={runtimeErrors}
    />
  );
}
