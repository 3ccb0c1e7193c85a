import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { usePromptMaxLength } from '@/hooks/useSystemInfo';
import { generateApp } from '../api/generate';
import { ExampleChips } from './ExampleChips';
import { PromptBox } from './PromptBox';

/**
 * Prompt + examples; on success goes straight to the live creation page. `?prompt=` pre-fills the
 * box (the library's "Use this" links here), so such a start can also be bookmarked or shared.
 */
export function CreateAppForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const maxLength = usePromptMaxLength();
  const [prompt, setPrompt] = useState(() => params.get('prompt') ?? '');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async () => {
    setSubmitting(true);
    setError(undefined);
    try {
      const created = await generateApp(prompt.trim());
      navigate(`/projects/${created.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setSubmitting(false);
    }
  };

  const change = (value: string) => {
    setPrompt(value);
    if (error) setError(undefined);
  };

  return (
    <div className="create-app">
      <PromptBox value={prompt} onChange={change} onSubmit={submit} maxLength={maxLength} submitting={submitting} error={error} />
      <ExampleChips onPick={change} disabled={submitting} />
    </div>
  );
}
