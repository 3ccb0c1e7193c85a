import { useState } from 'react';
import type { FormEvent } from 'react';
import { button, card, field, label, row } from '../kit/ui';
import { FormMessage } from '../kit/States';
import { fromLocalInput, toLocalInput } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, STAGES, companies as companyRows, deals as dealRows } from '../crm';
import type { Company, Contact, Deal, Stage } from '../crm';

interface DealFormProps {
  deal?: Deal;
  companies: Company[];
  contacts: Contact[];
  onDone: () => void;
}

/** A new deal (naming a new company on the way if needed), or changes to one. */
export default function DealForm({ deal, companies, contacts, onDone }: DealFormProps) {
  const { notify } = useShell();
  const [title, setTitle] = useState(deal?.title ?? '');
  const [company, setCompany] = useState(deal ? String(deal.company) : companies[0] ? String(companies[0].id) : 'new');
  const [newCompany, setNewCompany] = useState('');
  const [contact, setContact] = useState(deal?.contact ? String(deal.contact) : '');
  const [value, setValue] = useState(deal ? String(deal.value) : '');
  const [stage, setStage] = useState<Stage>(deal?.stage ?? 'lead');
  const [close, setClose] = useState(toLocalInput(deal?.expectedClose).slice(0, 10));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const amount = Number(value || '0');
    if (!title.trim()) return setError(new Error('Name the deal.'));
    if (company === 'new' && !newCompany.trim()) return setError(new Error('Name the company.'));
    if (!Number.isFinite(amount) || amount < 0) return setError(new Error('Enter a value of 0 or more.'));
    setBusy(true);
    setError(null);
    try {
      const companyId = company === 'new' ? (await companyRows.create({ name: newCompany.trim() })).id : Number(company);
      const values = { title: title.trim(), company: companyId, contact: contact ? Number(contact) : null, value: amount, stage, expectedClose: fromLocalInput(close) };
      if (deal) await dealRows.update(deal.id, values);
      else await dealRows.create(values);
      notify(deal ? 'Deal saved.' : `Added “${values.title}”.`);
      onDone();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  const companyContacts = contacts.filter((c) => company !== 'new' && c.company === Number(company));
  return (
    <form onSubmit={submit} noValidate data-testid="deal-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))' }}>
        <label style={label}>
          Deal
          <input data-testid="deal-title" value={title} maxLength={200} placeholder="e.g. 40 annual licences" onChange={(e) => setTitle(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Company
          <select data-testid="deal-company" value={company} onChange={(e) => { setCompany(e.target.value); setContact(''); }} style={field}>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
            <option value="new">+ New company…</option>
          </select>
        </label>
        {company === 'new' && (
          <label style={label}>
            New company name
            <input data-testid="deal-new-company" value={newCompany} maxLength={200} onChange={(e) => setNewCompany(e.target.value)} style={field} />
          </label>
        )}
        <label style={label}>
          Contact
          <select value={contact} onChange={(e) => setContact(e.target.value)} style={field}>
            <option value="">None</option>
            {companyContacts.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </label>
        <label style={label}>
          Value ({CURRENCY})
          <input data-testid="deal-value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Stage
          <select value={stage} onChange={(e) => setStage(e.target.value as Stage)} style={field}>
            {STAGES.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
        </label>
        <label style={label}>
          Expected close
          <input type="date" value={close} onChange={(e) => setClose(e.target.value)} style={field} />
        </label>
      </div>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="save-deal" disabled={busy} style={button('primary', false, busy)}>{busy ? 'Saving…' : deal ? 'Save deal' : 'Add deal'}</button>
        <button type="button" onClick={onDone} style={button('secondary')}>Cancel</button>
      </div>
    </form>
  );
}
