import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';

/** Links leave the page in a new tab, without handing it this page (no opener, no referrer). */
function SafeLink({ href, title, children }: ComponentProps<'a'>) {
  return (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

const components: Components = { a: SafeLink };

/**
 * Markdown as React elements (react-markdown): raw HTML in it is dropped, never injected; link
 * targets go through react-markdown's URL filter (no `javascript:`); images are not loaded. Loaded
 * on demand by {@link ./Markdown}.
 */
export default function MarkdownRenderer({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <ReactMarkdown components={components} skipHtml disallowedElements={['img']} unwrapDisallowed>
        {text}
      </ReactMarkdown>
    </div>
  );
}
