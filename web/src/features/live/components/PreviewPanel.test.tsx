import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initialStreamState, type StreamState } from '../model/streamReducer';
import { PreviewPanel, type PreviewFrame } from './PreviewPanel';

const at = (url: string): StreamState => ({ ...initialStreamState(), url, phase: 'ready' });
// As the app shell does: the notice is keyed by the frame's key.
const notice = (frame: PreviewFrame) => <p key={frame.key}>Notice for {frame.key}</p>;

describe('PreviewPanel', () => {
  it('keeps one frame and one notice as the app it shows changes', () => {
    const { rerender } = render(<PreviewPanel stream={at('http://shop.apps.localhost/')} renderNotice={notice} />);
    rerender(<PreviewPanel stream={at('http://shop--p1.apps.localhost/')} renderNotice={notice} />);
    rerender(<PreviewPanel stream={at('http://shop--p2.apps.localhost/')} renderNotice={notice} />);
    expect(screen.getAllByTestId('preview-frame')).toHaveLength(1);
    expect(screen.getByTestId<HTMLIFrameElement>('preview-frame').src).toContain('shop--p2');
    expect(screen.getAllByText(/^Notice for/)).toHaveLength(1);
  });

  it('names the view it shows in a heading for screen readers', () => {
    render(<PreviewPanel stream={at('http://shop.apps.localhost/')} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Preview' })).toBeTruthy();
  });
});
