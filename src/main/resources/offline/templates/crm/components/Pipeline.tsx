import { useState } from 'react';
import { theme } from '../theme';
import { button, row, sectionTitle, toneColor } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { day, money, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, STAGES, deals as dealRows } from '../crm';
import type { Company, Contact, Deal, Stage } from '../crm';
import DealForm from './DealForm';
import DealDetail from './DealDetail';

interface PipelineProps {
  deals: LiveList<Deal>;
  companies: Company[];
  contacts: Contact[];
}

/** Deals by stage, with totals; move a deal with the arrows, its menu, or by dragging it. */
export default function Pipeline({ deals, companies, contacts }: PipelineProps) {
  const { notify } = useShell();
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const selected = deals.items.find((d) => d.id === open) ?? null;

  const move = async (deal: Deal, stage: Stage) => {
    if (deal.stage === stage) return;
    try {
      await dealRows.update(deal.id, { stage });
      notify(`“${deal.title}” moved to ${STAGES.find((s) => s.id === stage)?.title}.`);
    } catch (e) {
      notify(problemText(e));
    }
  };

  const openValue = deals.items.filter((d) => d.stage !== 'won' && d.stage !== 'lost').reduce((s, d) => s + d.value, 0);
  const wonValue = deals.items.filter((d) => d.stage === 'won').reduce((s, d) => s + d.value, 0);

  return (
    <section aria-labelledby="pipeline-title" style={{ display: 'grid', gap: 16 }}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <div>
          <h2 id="pipeline-title" style={sectionTitle}>Deal pipeline</h2>
          <p style={{ margin: '4px 0 0', color: theme.muted, fontSize: 14 }}>
            Open <strong style={{ color: theme.text }}>{money(openValue, CURRENCY)}</strong> · Won <strong style={{ color: theme.success }}>{money(wonValue, CURRENCY)}</strong>
          </p>
        </div>
        <button type="button" data-testid="new-deal" onClick={() => setAdding(!adding)} aria-expanded={adding} style={button(adding ? 'secondary' : 'primary')}>
          {adding ? 'Close' : '+ New deal'}
        </button>
      </div>
      {adding && <DealForm companies={companies} contacts={contacts} onDone={() => setAdding(false)} />}
      <ListState
        list={deals}
        loadingLabel="Loading deals…"
        empty={
          !adding && (
            <Empty icon="💼" title="No deals yet" testId="no-deals">
              <span>Add the first opportunity and follow it from lead to won.</span>
              <button type="button" onClick={() => setAdding(true)} style={button('primary')}>Add a deal</button>
            </Empty>
          )
        }
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 12, alignItems: 'start' }}>
          {STAGES.map((stage, i) => {
            const inStage = deals.items.filter((d) => d.stage === stage.id);
            const color = toneColor(stage.tone);
            return (
              <section
                key={stage.id}
                aria-label={stage.title}
                data-testid={`stage-${stage.id}`}
                onDragOver={(e) => { if (dragging !== null) e.preventDefault(); }}
                onDrop={(e) => {
                  e.preventDefault();
                  const deal = deals.items.find((d) => d.id === dragging);
                  if (deal) move(deal, stage.id);
                  setDragging(null);
                }}
                style={{ background: theme.subtle, borderRadius: 16, padding: 10, display: 'grid', gap: 8, alignContent: 'start', minHeight: 140, borderTop: `4px solid ${color}` }}
              >
                <h3 style={{ margin: 0, padding: '2px 4px', fontSize: 15, display: 'flex', justifyContent: 'space-between', gap: 6 }}>
                  <span>{stage.title} <span style={{ color: theme.muted, fontWeight: 500 }}>({inStage.length})</span></span>
                  <span style={{ fontSize: 13, color: theme.muted }}>{money(inStage.reduce((s, d) => s + d.value, 0), CURRENCY)}</span>
                </h3>
                {inStage.map((d) => (
                  <article key={d.id} draggable data-testid="deal" data-title={d.title} onDragStart={() => setDragging(d.id)} onDragEnd={() => setDragging(null)} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 12, padding: '10px 12px', display: 'grid', gap: 6, boxShadow: theme.shadowSmall, cursor: 'grab', opacity: dragging === d.id ? 0.5 : 1 }}>
                    <button type="button" onClick={() => setOpen(d.id)} style={{ all: 'unset', cursor: 'pointer', fontWeight: 700, fontSize: 15, overflowWrap: 'anywhere', color: theme.text }}>{d.title}</button>
                    <span style={{ fontSize: 13, color: theme.muted }}>
                      {companies.find((c) => c.id === d.company)?.name ?? 'Company'}
                      {d.expectedClose ? ` · closes ${day(d.expectedClose)}` : ''}
                    </span>
                    <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                      <strong style={{ fontSize: 15 }}>{money(d.value, CURRENCY)}</strong>
                      <span style={{ flex: 1 }} />
                      {i > 0 && <button type="button" aria-label={`Move ${d.title} back to ${STAGES[i - 1].title}`} onClick={() => move(d, STAGES[i - 1].id)} style={button('secondary', true)}>←</button>}
                      {i < STAGES.length - 1 && <button type="button" data-testid="advance-deal" aria-label={`Move ${d.title} on to ${STAGES[i + 1].title}`} onClick={() => move(d, STAGES[i + 1].id)} style={button('secondary', true)}>→</button>}
                    </div>
                  </article>
                ))}
              </section>
            );
          })}
        </div>
      </ListState>
      {selected && <DealDetail deal={selected} companies={companies} contacts={contacts} onClose={() => setOpen(null)} />}
    </section>
  );
}
