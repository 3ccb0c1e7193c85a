import { thumbsOf } from '../../feedback/api/sendFeedback';
import { VersionFeedback } from '../../feedback/components/VersionFeedback';
import { DEFAULT_PROMPT_MAX_LENGTH } from '../../system/api/getSystemInfo';
import { useSystemInfo } from '../../system/hooks/useSystemInfo';
import { AppTypeBadge } from '../../projects/components/StatusBadge';
import { useProjectSnapshot } from '../hooks/useProjectSnapshot';
import { useProjectStream } from '../hooks/useProjectStream';
import { BuildFacts } from './BuildFacts';
import { ChatInput } from './ChatInput';
import { ConnectionBadge } from './ConnectionBadge';
import { MessageList } from './MessageList';
import { PreviewPanel } from './PreviewPanel';
import { ProjectNotFound } from './ProjectNotFound';

const uniq = (values: string[]) => [...new Set(values)];

const phaseLabels = { waiting: 'Loading', generating: 'Generating', ready: 'Ready', failed: 'Failed' } as const;

/** The seed's §4.1 page: live preview on the left, the build conversation on the right. */
export function LiveCreation({ projectId }: { projectId: string }) {
  const { state, connection, sendChat, applySnapshot } = useProjectStream(projectId);
  const { project, notFound } = useProjectSnapshot(projectId, applySnapshot);
  const maxLength = useSystemInfo()?.promptMaxLength ?? DEFAULT_PROMPT_MAX_LENGTH;

  if (notFound || connection === 'not-found') return <ProjectNotFound projectId={projectId} />;

  const title = state.title ?? project?.title ?? `Project #${projectId}`;
  const appType = state.result?.app_type ?? project?.appType;
  const lastError = [...state.items].reverse().find((i) => i.kind === 'error')?.text;

  // The version on screen: the stream's newest deployed one, or the snapshot's before any event.
  const liveVersion = state.version ?? project?.currentVersion ?? null;
  const versionInfo = project?.versions?.find((v) => v.number === liveVersion);
  const cost = liveVersion != null ? (state.costs[liveVersion] ?? versionInfo?.cost) : undefined;
  // The project records what it reused only once it is live; the stream names the template sooner.
  const reused = uniq([...(liveVersion != null && state.template ? [state.template.slug] : []), ...(project?.reusedComponents ?? [])]);
  const initialThumbs = thumbsOf(versionInfo?.rating);

  return (
    <div className="live-creation">
      <header className="live-header">
        <div>
          <h1 data-testid="project-title">{title}</h1>
          {project?.prompt && <p className="muted prompt-echo">“{project.prompt}”</p>}
          <BuildFacts reused={reused} cost={cost} />
        </div>
        <div className="live-meta">
          {appType && <AppTypeBadge appType={appType} />}
          <span className={`status status-${state.phase}`} data-testid="project-phase">
            {phaseLabels[state.phase]}
          </span>
        </div>
      </header>
      <div className="live-panels">
        <PreviewPanel
          stream={state}
          lastError={lastError}
          actions={
            // Keyed so a new version (or its stored rating arriving) starts the vote afresh.
            <VersionFeedback key={`${liveVersion}-${initialThumbs ?? ''}`} projectId={projectId} version={liveVersion} initial={initialThumbs} />
          }
        />
        <section className="chat-panel" aria-label="Conversation">
          <div className="chat-head">
            <h2>Messages</h2>
            <ConnectionBadge state={connection} />
          </div>
          <MessageList items={state.items} />
          <ChatInput connected={connection === 'open'} maxLength={maxLength} onSend={sendChat} />
        </section>
      </div>
    </div>
  );
}
