import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ProjectDetail } from '@/types/project';
import { projectSocketUrl, ReconnectingSocket, type ConnectionState } from '../api/reconnectingSocket';
import type { UserMessage } from '../model/events';
import { initialStreamState, streamReducer } from '../model/streamReducer';

/**
 * Live state of one project: its event stream over a reconnecting socket, merged with the REST
 * snapshot. Mount it under a `key` of the project id so switching projects starts clean.
 */
export function useProjectStream(projectId: string) {
  const [state, dispatch] = useReducer(streamReducer, undefined, initialStreamState);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const socketRef = useRef<ReconnectingSocket | null>(null);
  const localIds = useRef(0);

  useEffect(() => {
    const socket = new ReconnectingSocket({
      url: (after) => projectSocketUrl(projectId, after),
      onEvent: (event) => dispatch({ type: 'events', events: [event] }),
      onState: setConnection,
    });
    socketRef.current = socket;
    socket.start();
    return () => {
      socket.close();
      socketRef.current = null;
    };
  }, [projectId]);

  const applySnapshot = useCallback((project: ProjectDetail) => dispatch({ type: 'snapshot', project }), []);

  /** Sends a chat message; shows it at once, and the server's `user` echo confirms it. */
  const sendChat = useCallback((text: string): boolean => {
    const message: UserMessage = { type: 'user_message', content: text };
    if (!socketRef.current?.send(message)) return false;
    localIds.current += 1;
    dispatch({ type: 'localUser', key: `local-${localIds.current}`, text, timestamp: Date.now() });
    return true;
  }, []);

  return { state, connection, sendChat, applySnapshot };
}
