import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

/** Renders and waits for react-markdown (loaded on demand) to replace the plain-text stand-in. */
async function markdown(text: string) {
  const { container } = render(<Markdown text={text} />);
  await waitFor(() => expect(container.querySelector('.markdown p')).not.toBeNull());
  return container;
}

describe('Markdown', () => {
  it('shows the text plainly until the renderer has loaded', () => {
    const { container } = render(<Markdown text="**soon** bold" />);
    expect(container.textContent).toBe('**soon** bold');
  });

  it('renders emphasis, code and lists', async () => {
    const container = await markdown('Split a **bill** with `tip()`:\n\n- one\n- two');
    expect(container.querySelector('strong')?.textContent).toBe('bill');
    expect(container.querySelector('code')?.textContent).toBe('tip()');
    expect(container.querySelectorAll('li')).toHaveLength(2);
  });

  it('never injects raw HTML, scripts or images', async () => {
    const container = await markdown(
      'Look: <img src="x" onerror="alert(1)"> <script>alert(2)</script> <b onclick="x()">bold</b>\n\n![pic](http://tracker.example/p.png)',
    );
    expect(container.querySelector('img, script, b, [onerror], [onclick]')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    expect(container.textContent).toContain('bold');
  });

  it('opens links in a new tab without an opener, and drops javascript: targets', async () => {
    const container = await markdown('[docs](https://example.com/docs) and [bad](javascript:alert(1))');
    const links = [...container.querySelectorAll('a')];
    expect(links[0]).toMatchObject({ href: 'https://example.com/docs', target: '_blank' });
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links.map((a) => a.getAttribute('href') ?? '').join(' ')).not.toContain('javascript:');
  });
});
