import { createContext, useContext, type ReactNode } from 'react';
import { useAsync } from '../../../lib/useAsync';
import { getSystemInfo, type SystemInfo } from '../api/getSystemInfo';

// Fetched once for the whole app: the header shows it and the prompt boxes need its length limit.
const SystemInfoContext = createContext<SystemInfo | undefined>(undefined);

export function SystemInfoProvider({ children }: { children: ReactNode }) {
  const { data } = useAsync((signal) => getSystemInfo(signal), 'system-info');
  return <SystemInfoContext.Provider value={data}>{children}</SystemInfoContext.Provider>;
}

export const useSystemInfo = () => useContext(SystemInfoContext);
