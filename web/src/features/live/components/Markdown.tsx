import { lazy, Suspense } from 'react';

// react-markdown is most of what Markdown costs: it loads once a chat line needs it, and the line
// shows as plain text until then.
const MarkdownRenderer = lazy(() => import('./MarkdownRenderer'));

interface Props {
  text: string;
  className?: string;
}

/** What the AI and the platform say, rendered as Markdown. Never used for what a person typed. */
export function Markdown({ text, className }: Props) {
  const classes = className ? `markdown ${className}` : 'markdown';
  return (
    <Suspense fallback={<div className={classes}>{text}</div>}>
      <MarkdownRenderer text={text} className={className} />
    </Suspense>
  );
}
