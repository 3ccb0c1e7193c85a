import type { ReactNode } from 'react';
import { AppTypeBadge } from '@/components/StatusBadge';
import { TabList } from '@/components/TabList';
import { useMediaQuery } from '@/hooks/useMediaQuery';
import { usePromptMaxLength } from '@/hooks/useSystemInfo';
import { useTabs } from '@/hooks/useTabs';
import type { GenerationCost } from '@/types/project';
import { useProjectSnapshot } from '../hooks/useProjectSnapshot';
import { useProjectStream } from '../hooks/useProjectStream';
import { ChatInput } from './ChatInput';
import { ConnectionBadge } from './ConnectionBadge';
import { MessageList } from './MessageList';
import { PreviewPanel, type PreviewFrame } from './PreviewPanel';
import { ProjectNotFound } from './ProjectNotFound';

const uniq = (values: string[]) => [...new Set(values)];

/** Where the preview and the chat become two tabs; styles.css narrows the page at the same width. */
const PHONE = '(max-width: 760px)';
const PANELS = ['preview', 'chat'] as const;
const panelLabels = { preview: 'Preview', chat: 'Chat' };

const phaseLabels = { waiting: 'Loading', generating: 'Generating', ready: 'Ready', failed: 'Failed' } as const;

/** What the page knows about the version on screen, for the slots below. */
export interface LiveVersion {
  /** null until a version exists. */
  number: number | null;
  /** Its stored 1–5 rating, if the server sent one. */
  rating: number | null | undefined;
  cost: GenerationCost | undefined;
  /** Library slugs the app was built from (template first); empty when it was written from scratch. */
  reused: string[];
  /** Whether the app keeps shared data on the platform: the project says so, or a build since the page opened. */
  requiresBackend: boolean;
}

interface Props {
  projectId: string;
  /** Under the title: facts about the live version (the app shell passes what it was built from and its cost). */
  renderFacts?: (version: LiveVersion) => ReactNode;
  /** In the preview toolbar: controls about the live version (the app shell passes the feedback buttons). */
  renderVersionActions?: (version: LiveVersion) => ReactNode;
  /**
   * Under the facts: settings of the project rather than of a version (the app shell passes its environment
   * variables, its secrets and deleting it), given the project's title.
   */
  renderSettings?: (project: { title: string }) => ReactNode;
  /** A "Data" view beside Preview and Code when this gives something (the app shell passes the data tab of a data-backed app). */
  renderData?: (version: LiveVersion) => ReactNode;
  /** A "Versions" view beside Preview and Code (the app shell passes the project's version history). */
  renderVersions?: (version: LiveVersion) => ReactNode;
  /** Over the running app, given its frame (the app shell passes the app's run-time errors). */
  renderPreviewNotice?: (version: LiveVersion, frame: PreviewFrame) => ReactNode;
}

/**
 * The seed's §4.1 page: live preview on the left, the build conversation on the right (on a phone,
 * two tabs: Preview and Chat). What other
 * features show about the version, and the project's settings, come in through the render slots, so
 * this feature imports none.
 */
export function LiveCreation({
  projectId,
  renderFacts,
  renderVersionActions,
  renderSettings,
  renderData,
  renderVersions,
  renderPreviewNotice,
}: Props) {
  const { state, connection, sendChat, applySnapshot } = useProjectStream(projectId);
  const { project, notFound } = useProjectSnapshot(projectId, applySnapshot);
  const maxLength = usePromptMaxLength();
  const phone = useMediaQuery(PHONE);
  const panels = useTabs(PANELS, 'preview');

  if (notFound || connection === 'not-found') return <ProjectNotFound projectId={projectId} />;

  const title = state.title ?? project?.title ?? `Project #${projectId}`;
  const appType = state.result?.app_type ?? project?.appType;
  const lastError = state.lastError ?? undefined;

  // The version on screen: the stream's newest deployed one, or the snapshot's before any event.
  const liveVersion = state.version ?? project?.currentVersion ?? null;
  const versionInfo = project?.versions?.find((v) => v.number === liveVersion);
  const cost = liveVersion != null ? (state.costs[liveVersion] ?? versionInfo?.cost) : undefined;
  // The project records what it reused only once it is live; the stream names the template sooner.
  const reused = uniq([...(liveVersion != null && state.template ? [state.template.slug] : []), ...(project?.reusedComponents ?? [])]);
  // Either way: data is never dropped, so an app that once kept some still has it to show.
  const requiresBackend = project?.requiresBackend === true || state.result?.requires_backend === true;
  const live: LiveVersion = { number: liveVersion, rating: versionInfo?.rating, cost, reused, requiresBackend };

  return (
    <div className="live-creation">
      <header className="live-header">
        <div className="live-heading">
          <h1 data-testid="project-title">{title}</h1>
          {project?.prompt && <p className="muted prompt-echo">“{project.prompt}”</p>}
          {renderFacts?.(live)}
          {renderSettings?.({ title })}
        </div>
        <div className="live-meta">
          {appType && <AppTypeBadge appType={appType} />}
          <span className={`status status-${state.phase}`} data-testid="project-phase">
            {phaseLabels[state.phase]}
          </span>
        </div>
      </header>
      {phone && <TabList tabs={panels} label="Show" labels={panelLabels} testId="panel-tab" className="tab-list panel-tabs" />}
      <div className="live-panels">
        <PreviewPanel
          panel={phone ? panels.panelProps('preview') : undefined}
          stream={state}
          lastError={lastError}
          actions={renderVersionActions?.(live)}
          data={renderData?.(live)}
          versions={renderVersions?.(live)}
          renderNotice={renderPreviewNotice && ((frame) => renderPreviewNotice(live, frame))}
        />
        <section className="chat-panel" aria-label="Conversation" {...(phone ? panels.panelProps('chat') : {})}>
          <div className="chat-head">
            <h2>Messages</h2>
            <ConnectionBadge state={connection} />
          </div>
          <MessageList items={state.items} writing={state.writing} openBuild={state.openBuild} />
          <ChatInput connected={connection === 'open'} maxLength={maxLength} onSend={sendChat} />
        </section>
      </div>
    </div>
  );
}
