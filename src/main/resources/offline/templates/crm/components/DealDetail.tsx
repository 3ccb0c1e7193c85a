import { useState } from 'react';
import type { FormEvent } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import Drawer from '../kit/Drawer';
import { button, chip, field, label, row, toneColor } from '../kit/ui';
import { FormMessage, ListState } from '../kit/States';
import { ago, dateTime, day, fromLocalInput, money, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, KINDS, STAGES, activities as activityRows, canDelete, deals as dealRows } from '../crm';
import type { Activity, ActivityKind, Company, Contact, Deal } from '../crm';
import DealForm from './DealForm';

interface DealDetailProps {
  deal: Deal;
  companies: Company[];
  contacts: Contact[];
  onClose: () => void;
}

/** A deal's facts, its activities (log a call, plan a meeting, tick off a to-do), edit and delete. */
export default function DealDetail({ deal, companies, contacts, onClose }: DealDetailProps) {
  const { user } = useUser();
  const { notify } = useShell();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const stage = STAGES.find((s) => s.id === deal.stage) ?? STAGES[0];
  const company = companies.find((c) => c.id === deal.company);
  const contact = contacts.find((c) => c.id === deal.contact);

  const remove = async () => {
    try {
      await dealRows.remove(deal.id);
      notify(`Deleted “${deal.title}”.`);
      onClose();
    } catch (e) {
      notify(problemText(e));
    }
  };

  return (
    <Drawer label={`Deal #${deal.id}, added by ${deal.ownerName ?? 'someone'} ${ago(deal.createdAt)}`} testId="deal-detail" onClose={onClose}>
      {editing ? (
        <DealForm deal={deal} companies={companies} contacts={contacts} onDone={() => setEditing(false)} />
      ) : (
        <div style={{ display: 'grid', gap: 8 }}>
          <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 24, overflowWrap: 'anywhere' }}>{deal.title}</h2>
          <div style={row}>
            <span style={chip(toneColor(stage.tone))}>{stage.title}</span>
            <strong style={{ fontSize: 18 }}>{money(deal.value, CURRENCY)}</strong>
          </div>
          <p style={{ margin: 0, color: theme.muted }}>
            {company?.name ?? 'Company'}
            {contact ? ` · ${contact.name}${contact.email ? ` (${contact.email})` : ''}` : ''}
            {deal.expectedClose ? ` · expected to close ${day(deal.expectedClose)}` : ''}
          </p>
          <div style={row}>
            <button type="button" onClick={() => setEditing(true)} style={button('secondary', true)}>Edit deal</button>
            {canDelete(deal, user) &&
              (confirm ? (
                <>
                  <span role="alert">Delete this deal and its history?</span>
                  <button type="button" onClick={remove} style={button('danger', true)}>Delete</button>
                  <button type="button" onClick={() => setConfirm(false)} style={button('secondary', true)}>Keep</button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirm(true)} style={button('ghost', true)}>Delete</button>
              ))}
          </div>
        </div>
      )}
      <Activities deal={deal} />
    </Drawer>
  );
}

function Activities({ deal }: { deal: Deal }) {
  const list = useCollection<Activity>('activities', { where: { deal: deal.id }, sort: '-createdAt', limit: 200 });
  const [kind, setKind] = useState<ActivityKind>('call');
  const [note, setNote] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<unknown>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim() && !due) return setError(new Error('Write what happened or what is planned.'));
    try {
      await activityRows.create({ deal: deal.id, kind, note: note.trim() || null, dueAt: fromLocalInput(due), done: !due });
      setNote('');
      setDue('');
      setError(null);
    } catch (problem) {
      setError(problem);
    }
  };
  const toggle = (a: Activity) => activityRows.update(a.id, { done: !a.done }).catch(setError);

  return (
    <section aria-labelledby="activity-title" style={{ display: 'grid', gap: 10, borderTop: `1px solid ${theme.border}`, paddingTop: 14 }}>
      <h3 id="activity-title" style={{ margin: 0, fontSize: 16 }}>Activity</h3>
      <form onSubmit={add} noValidate style={{ display: 'grid', gap: 8 }}>
        <div role="radiogroup" aria-label="Kind" style={{ ...row, gap: 6 }}>
          {KINDS.map((k) => (
            <button key={k.id} type="button" role="radio" aria-checked={kind === k.id} onClick={() => setKind(k.id)} style={{ ...button(kind === k.id ? 'primary' : 'secondary', true), borderRadius: 999 }}>
              <span aria-hidden="true">{k.icon}</span> {k.label}
            </button>
          ))}
        </div>
        <label style={label}>
          Note
          <textarea data-testid="activity-note" rows={2} value={note} maxLength={5000} placeholder="Spoke to Dana: wants a quote by Friday." onChange={(e) => setNote(e.target.value)} style={{ ...field, resize: 'vertical' }} />
        </label>
        <div style={{ ...row, alignItems: 'flex-end' }}>
          <label style={{ ...label, flex: '1 1 200px' }}>
            Plan it for (leave empty to log it as done)
            <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} style={field} />
          </label>
          <button type="submit" data-testid="add-activity" style={button('primary', true)}>{due ? 'Plan' : 'Log'}</button>
        </div>
        <FormMessage error={error} />
      </form>
      <ListState list={list} loadingLabel="Loading activity…" empty={<p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>Nothing logged yet.</p>}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {list.items.map((a) => {
            const k = KINDS.find((x) => x.id === a.kind) ?? KINDS[0];
            const late = !a.done && a.dueAt !== null && new Date(a.dueAt).getTime() < Date.now();
            return (
              <li key={a.id} data-testid="activity" style={{ display: 'flex', gap: 10, alignItems: 'flex-start', padding: '8px 10px', borderRadius: 10, background: theme.subtle }}>
                <input type="checkbox" checked={a.done} aria-label={a.done ? 'Mark as not done' : 'Mark as done'} onChange={() => toggle(a)} style={{ marginTop: 4 }} />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <div style={{ fontSize: 13, color: theme.muted }}>
                    <span aria-hidden="true">{k.icon}</span> {k.label} · {a.ownerName ?? 'someone'} · {a.dueAt ? <span style={{ color: late ? theme.danger : theme.muted }}>{late ? 'overdue, ' : ''}{dateTime(a.dueAt)}</span> : ago(a.createdAt)}
                  </div>
                  {a.note && <p style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', textDecoration: a.done && a.dueAt ? 'line-through' : 'none' }}>{a.note}</p>}
                </div>
              </li>
            );
          })}
        </ul>
      </ListState>
    </section>
  );
}
