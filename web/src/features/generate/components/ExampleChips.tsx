import { EXAMPLE_PROMPTS } from '../examples';

export function ExampleChips({ onPick, disabled }: { onPick: (prompt: string) => void; disabled?: boolean }) {
  return (
    <div className="chips" role="group" aria-label="Example prompts">
      {EXAMPLE_PROMPTS.map(({ appType, prompt }) => (
        <button
          key={appType}
          type="button"
          className="chip"
          disabled={disabled}
          onClick={() => onPick(prompt)}
          title={prompt}
          data-testid={`example-${appType}`}
        >
          <span className="chip-type">{appType}</span> {prompt}
        </button>
      ))}
    </div>
  );
}
