import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useTabs } from '@/hooks/useTabs';
import { TabList } from './TabList';

const TABS = ['preview', 'chat', 'notes'] as const;

/** Three tabs and their panels, as a page puts them together. */
function Harness() {
  const tabs = useTabs(TABS, 'preview');
  return (
    <>
      <TabList tabs={tabs} label="Show" labels={{ preview: 'Preview', chat: 'Chat', notes: 'Notes' }} testId="tab" />
      {TABS.map((tab) => (
        <section key={tab} {...tabs.panelProps(tab)}>
          <button type="button">Inside {tab}</button>
        </section>
      ))}
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);

describe('TabList with useTabs', () => {
  it('names the tablist, ties each tab to its panel and shows only the selected panel', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Show' })).toBeTruthy();
    expect(selected()).toEqual(['Preview']);
    const panel = screen.getByRole('tabpanel', { name: 'Preview' });
    expect(tab('Preview').getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(false);
    expect(screen.getAllByRole('tabpanel', { hidden: true }).filter((p) => p.hidden)).toHaveLength(2);
    expect(tab('Chat').getAttribute('data-testid')).toBe('tab-chat');
  });

  it('keeps only the selected tab in the Tab order', async () => {
    render(<Harness />);
    expect(TABS.map((_, i) => screen.getAllByRole('tab')[i].tabIndex)).toEqual([0, -1, -1]);
    await userEvent.tab();
    expect(document.activeElement).toBe(tab('Preview'));
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Inside preview');
  });

  it('moves and selects with the arrow keys, wrapping round, and with Home and End', async () => {
    render(<Harness />);
    tab('Preview').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Chat'));
    expect(selected()).toEqual(['Chat']);
    expect(screen.getByRole('tabpanel', { name: 'Chat' }).hidden).toBe(false);
    expect(tab('Chat').tabIndex).toBe(0);
    expect(tab('Preview').tabIndex).toBe(-1);

    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(selected()).toEqual(['Preview']);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tab('Notes'));
    expect(selected()).toEqual(['Notes']);
    await userEvent.keyboard('{Home}');
    expect(selected()).toEqual(['Preview']);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(tab('Notes'));
    await userEvent.keyboard('{ArrowUp}');
    expect(selected()).toEqual(['Chat']);
  });

  it('selects with a click, Enter or Space, and leaves other keys alone', async () => {
    render(<Harness />);
    await userEvent.click(tab('Notes'));
    expect(selected()).toEqual(['Notes']);
    tab('Chat').focus();
    await userEvent.keyboard('{Enter}');
    expect(selected()).toEqual(['Chat']);
    tab('Preview').focus();
    await userEvent.keyboard(' ');
    expect(selected()).toEqual(['Preview']);
    fireEvent.keyDown(tab('Preview'), { key: 'a' });
    expect(selected()).toEqual(['Preview']);
  });
});
