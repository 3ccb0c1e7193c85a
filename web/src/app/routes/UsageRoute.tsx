import { UsagePanel } from '@/features/usage/components/UsagePanel';

export function UsageRoute() {
  return <UsagePanel />;
}
