import { useEffect, useRef, useState } from 'react';
import { sendFeedback, type Thumbs } from '../api/sendFeedback';

export interface FeedbackState {
  /** The vote the server has recorded for this version. */
  recorded: Thumbs | undefined;
  /** The vote on its way; the buttons are disabled meanwhile. */
  sending: Thumbs | undefined;
  /** Components the library learned from this version, over all votes sent from here. */
  componentsLearned: number;
  error: string | undefined;
}

/**
 * Thumbs up/down for one version. Mount it under a `key` of the version so a new version starts
 * unrated. Re-sending the recorded vote is skipped: every request counts again in the library's
 * success rates, so only a change of mind is worth another one.
 */
export function useVersionFeedback(projectId: string, version: number | null, initial?: Thumbs) {
  const [state, setState] = useState<FeedbackState>({ recorded: initial, sending: undefined, componentsLearned: 0, error: undefined });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const rate = async (thumbs: Thumbs) => {
    if (version == null || state.sending || state.recorded === thumbs) return;
    setState((s) => ({ ...s, sending: thumbs, error: undefined }));
    try {
      const answer = await sendFeedback(projectId, version, thumbs);
      if (mounted.current) setState((s) => ({ ...s, recorded: thumbs, sending: undefined, componentsLearned: s.componentsLearned + (answer.componentsLearned ?? 0) }));
    } catch (err) {
      if (mounted.current) setState((s) => ({ ...s, sending: undefined, error: err instanceof Error ? err.message : String(err) }));
    }
  };

  return { ...state, rate };
}
