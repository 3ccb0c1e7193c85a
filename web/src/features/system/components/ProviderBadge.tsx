import { useSystemInfo } from '@/hooks/useSystemInfo';

/** Discreet "provider · model" label; the description explains what that means. */
export function ProviderBadge() {
  const info = useSystemInfo();
  if (!info) return null;
  return (
    <span className="provider-badge" title={info.description} aria-label={`Generator: ${info.provider}, ${info.model}. ${info.description}`}>
      <span className={`provider-dot provider-${info.provider === 'offline' ? 'offline' : 'model'}`} aria-hidden="true" />
      {info.provider} · {info.model}
    </span>
  );
}
