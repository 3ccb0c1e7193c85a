import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_PROMPT_MAX_LENGTH, getSystemInfo, type SystemInfo } from '@/api/systemInfo';
import { useAsync } from './useAsync';

// Fetched once for the whole app: the header shows it and the prompt boxes need its length limit.
const SystemInfoContext = createContext<SystemInfo | undefined>(undefined);

export function SystemInfoProvider({ children }: { children: ReactNode }) {
  const { data } = useAsync((signal) => getSystemInfo(signal), 'system-info');
  return <SystemInfoContext.Provider value={data}>{children}</SystemInfoContext.Provider>;
}

export const useSystemInfo = () => useContext(SystemInfoContext);

/** The server's prompt length limit; the default until (or unless) the server has said. */
export const usePromptMaxLength = () => useSystemInfo()?.promptMaxLength ?? DEFAULT_PROMPT_MAX_LENGTH;
