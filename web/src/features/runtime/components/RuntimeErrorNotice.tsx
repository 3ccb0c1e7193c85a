import { useSystemInfo } from '@/hooks/useSystemInfo';
import { useAutoFix } from '../hooks/useAutoFix';
import { useFixRequest } from '../hooks/useFixRequest';
import { useRuntimeErrors, type RuntimeFrame } from '../hooks/useRuntimeErrors';
import { ErrorDetails } from './ErrorDetails';
import { FixControls } from './FixControls';
import { RestoreOffer } from './RestoreOffer';

interface Props {
  projectId: string;
  /** The deployed version the frame shows; null before there is one. */
  version: number | null;
  frame: RuntimeFrame;
}

/**
 * Over the running app: the error it threw (the first of them, its stack folded away) with "Fix it",
 * which sends it as a change request; with the offline template composer, which cannot fix code, an
 * offer to restore the last version that ran clean instead. Nothing while the app runs clean.
 * Mount it under the frame's key, so another version starts clean.
 */
export function RuntimeErrorNotice({ projectId, version, frame }: Props) {
  const offline = useSystemInfo()?.provider === 'offline';
  const [auto, setAuto] = useAutoFix();
  const fix = useFixRequest(projectId, version);
  const { errors } = useRuntimeErrors({
    projectId,
    version,
    frame,
    onError: (error) => {
      if (auto && !offline && fix.state.status === 'idle') fix.send(error, true);
    },
  });

  const first = errors[0];
  if (!first) return null;
  return (
    <section className="runtime-notice" role="alert" aria-label="Run-time error" data-testid="runtime-error">
      <h3>
        The app threw an error{version != null ? ` (version ${version})` : ''}
        {errors.length > 1 && <span className="muted"> and {errors.length - 1} more</span>}
      </h3>
      <ErrorDetails error={first} />
      {offline ? (
        <RestoreOffer projectId={projectId} version={version} />
      ) : (
        <FixControls state={fix.state} onFix={() => fix.send(first, false)} auto={auto} onAutoChange={setAuto} />
      )}
    </section>
  );
}
