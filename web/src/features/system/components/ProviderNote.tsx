import { useSystemInfo } from '@/hooks/useSystemInfo';

/** Small always-visible note under the prompt: says plainly what will build the app. */
export function ProviderNote() {
  const info = useSystemInfo();
  if (!info) return null;
  return (
    <p className="provider-note" data-testid="provider-note">
      <strong>{info.provider === 'offline' ? 'No AI model: ' : `${info.model}: `}</strong>
      {info.description}
    </p>
  );
}
