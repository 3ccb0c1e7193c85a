import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, chip, field, grid, label, row, sectionTitle } from '../kit/ui';
import { Empty, FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { money, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, canDelete, companies as companyRows } from '../crm';
import type { Company, Contact, Deal } from '../crm';

/** The organisations the team sells to, with their people and open business. */
export default function Companies({ companies, contacts, deals }: { companies: LiveList<Company>; contacts: Contact[]; deals: Deal[] }) {
  const { user } = useUser();
  const { notify } = useShell();
  const [name, setName] = useState('');
  const [website, setWebsite] = useState('');
  const [industry, setIndustry] = useState('');
  const [error, setError] = useState<unknown>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(new Error('Name the company.'));
    const url = website.trim() && !/^https?:\/\//i.test(website.trim()) ? `https://${website.trim()}` : website.trim();
    try {
      await companyRows.create({ name: name.trim(), website: url || null, industry: industry.trim() || null });
      notify(`Added ${name.trim()}.`);
      setName('');
      setWebsite('');
      setIndustry('');
      setError(null);
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <section aria-labelledby="companies-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="companies-title" style={sectionTitle}>Companies ({companies.total})</h2>
      <form onSubmit={add} noValidate style={{ ...card, display: 'grid', gap: 10 }}>
        <div style={{ ...row, alignItems: 'flex-end' }}>
          <label style={{ ...label, flex: '2 1 200px' }}>
            Company
            <input data-testid="company-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} style={field} />
          </label>
          <label style={{ ...label, flex: '2 1 200px' }}>
            Website
            <input value={website} placeholder="example.com" maxLength={300} onChange={(e) => setWebsite(e.target.value)} style={field} />
          </label>
          <label style={{ ...label, flex: '1 1 150px' }}>
            Industry
            <input value={industry} maxLength={100} onChange={(e) => setIndustry(e.target.value)} style={field} />
          </label>
          <button type="submit" data-testid="add-company" style={button('primary')}>Add</button>
        </div>
        <FormMessage error={error} />
      </form>
      <ListState list={companies} loadingLabel="Loading companies…" empty={<Empty icon="🏢" title="No companies yet">Add the organisations you sell to.</Empty>}>
        <ul style={{ ...grid(260, 12), listStyle: 'none', margin: 0, padding: 0 }}>
          {companies.items.map((c) => {
            const people = contacts.filter((p) => p.company === c.id);
            const open = deals.filter((d) => d.company === c.id && d.stage !== 'won' && d.stage !== 'lost');
            const won = deals.filter((d) => d.company === c.id && d.stage === 'won').reduce((s, d) => s + d.value, 0);
            return (
              <li key={c.id} data-testid="company" style={{ ...card, display: 'grid', gap: 8, alignContent: 'start' }}>
                <strong style={{ fontSize: 17, overflowWrap: 'anywhere' }}>{c.name}</strong>
                <span style={{ fontSize: 14, color: theme.muted }}>
                  {c.industry ?? 'Industry not set'}
                  {c.website && (
                    <>
                      {' · '}
                      <a href={c.website} target="_blank" rel="noreferrer" style={{ color: theme.primaryOnSurface }}>{c.website.replace(/^https?:\/\//, '')}</a>
                    </>
                  )}
                </span>
                <div style={{ ...row, gap: 6 }}>
                  <span style={chip(theme.muted)}>{people.length} {people.length === 1 ? 'contact' : 'contacts'}</span>
                  <span style={chip(theme.primaryOnSurface)}>{open.length} open · {money(open.reduce((s, d) => s + d.value, 0), CURRENCY)}</span>
                  {won > 0 && <span style={chip(theme.success)}>won {money(won, CURRENCY)}</span>}
                </div>
                {canDelete(c, user) && people.length === 0 && deals.every((d) => d.company !== c.id) && (
                  <div>
                    <button type="button" aria-label={`Delete ${c.name}`} onClick={() => companyRows.remove(c.id).catch((e) => notify(problemText(e)))} style={button('ghost', true)}>Delete</button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </ListState>
    </section>
  );
}
