import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CodeView from './CodeView';

const files = {
  'App.tsx': "import Header from './components/Header';\nexport default function App() {\n  return <Header />;\n}\n",
  'components/Header.tsx': "export default function Header() {\n  return <h1>Hi</h1>;\n}\n",
  'components/forms/Bill.tsx': 'export const Bill = 1;\n',
  'styles.css': 'h1 { color: red; }\n',
};
const order = Object.keys(files);
const rows = () => screen.getAllByRole('treeitem');
const row = (path: string) => rows().find((r) => r.dataset.path === path)!;

describe('CodeView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a file tree and the chosen file, highlighted, with line numbers', async () => {
    const user = userEvent.setup();
    render(<CodeView files={files} order={order} />);
    expect(rows().map((r) => r.dataset.path)).toEqual(['components', 'components/forms', 'components/forms/Bill.tsx', 'components/Header.tsx', 'App.tsx', 'styles.css']);
    expect(screen.getByTestId('code-path').textContent).toBe('App.tsx');
    expect(screen.getByTestId('code-view').querySelector('.hljs-keyword')?.textContent).toBe('import');
    expect(document.querySelector('.code-gutter')?.textContent).toBe('1\n2\n3\n4');

    await user.click(row('styles.css'));
    expect(screen.getByTestId('code-path').textContent).toBe('styles.css');
    expect(row('styles.css').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('code-view').textContent).toBe(files['styles.css']);
  });

  it('is navigable with the keyboard: arrows move, left and right fold, Enter opens', async () => {
    const user = userEvent.setup();
    render(<CodeView files={files} order={order} />);
    // One row is in the tab order: the selected file.
    expect(rows().filter((r) => r.tabIndex === 0).map((r) => r.dataset.path)).toEqual(['App.tsx']);
    row('App.tsx').focus();
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(row('components'));
    await user.keyboard('{ArrowLeft}');
    expect(row('components').getAttribute('aria-expanded')).toBe('false');
    expect(rows().map((r) => r.dataset.path)).toEqual(['components', 'App.tsx', 'styles.css']);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(row('components/forms'));
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByTestId('code-path').textContent).toBe('components/Header.tsx');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(row('components'));
  });

  it('follows the file being written until the reader picks one', async () => {
    const user = userEvent.setup();
    const writing = { path: 'components/Footer.tsx', text: 'export default function Footer() {' };
    const { rerender } = render(<CodeView files={files} order={order} writing={writing} active="components/Footer.tsx" />);
    expect(screen.getByTestId('code-path').textContent).toBe('components/Footer.tsx');
    expect(screen.getByTestId('code-view').textContent).toBe(writing.text);
    expect(row('components/Footer.tsx').textContent).toContain('writing…');

    const grown = { ...writing, text: `${writing.text}\n  return null;` };
    rerender(<CodeView files={files} order={order} writing={grown} active="components/Footer.tsx" />);
    expect(screen.getByTestId('code-view').textContent).toBe(grown.text);

    await user.click(row('App.tsx'));
    const next = { path: 'components/Summary.tsx', text: 'export' };
    rerender(<CodeView files={files} order={order} writing={next} active="components/Summary.tsx" />);
    expect(screen.getByTestId('code-path').textContent).toBe('App.tsx'); // the reader's choice stays
    await user.click(screen.getByRole('button', { name: 'Follow components/Summary.tsx' }));
    expect(screen.getByTestId('code-path').textContent).toBe('components/Summary.tsx');
  });

  it('copies the file and says so', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<CodeView files={files} order={order} />);
    const button = screen.getByRole('button', { name: 'Copy App.tsx' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith(files['App.tsx']);
    expect(button.textContent).toBe('✓ Copied');
    expect(screen.getByRole('status').textContent).toBe('App.tsx copied to the clipboard');
    act(() => vi.advanceTimersByTime(2000));
    expect(button.textContent).toBe('Copy');
    vi.useRealTimers();
  });
});
