import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, field, grid, label, row, sectionTitle, srOnly } from '../kit/ui';
import { Empty, FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { initials, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { canDelete, contacts as contactRows } from '../crm';
import type { Company, Contact } from '../crm';

/** Everyone the team talks to: search, add, edit, delete. */
export default function Contacts({ contacts, companies }: { contacts: LiveList<Contact>; companies: Company[] }) {
  const { user } = useUser();
  const { notify } = useShell();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const q = query.trim().toLowerCase();
  const companyName = (id: number | null) => companies.find((c) => c.id === id)?.name ?? '';
  const shown = contacts.items.filter((c) => !q || `${c.name} ${c.email ?? ''} ${companyName(c.company)}`.toLowerCase().includes(q));

  return (
    <section aria-labelledby="contacts-title" style={{ display: 'grid', gap: 16 }}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <h2 id="contacts-title" style={sectionTitle}>Contacts ({contacts.total})</h2>
        <div style={row}>
          <label>
            <span style={srOnly}>Search contacts</span>
            <input type="search" placeholder="Search contacts" value={query} onChange={(e) => setQuery(e.target.value)} style={{ ...field, width: 220 }} />
          </label>
          <button type="button" data-testid="new-contact" onClick={() => setEditing('new')} style={button('primary')}>+ Add contact</button>
        </div>
      </div>
      {editing && <ContactForm key={editing === 'new' ? 'new' : editing.id} contact={editing === 'new' ? null : editing} companies={companies} onDone={() => setEditing(null)} />}
      <ListState list={contacts} loadingLabel="Loading contacts…" empty={<Empty icon="📇" title="No contacts yet" testId="no-contacts">Add the people you work with; link them to their company.</Empty>}>
        <ul style={{ ...grid(260, 12), listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((c) => (
            <li key={c.id} data-testid="contact" style={{ ...card, display: 'flex', gap: 12, alignItems: 'flex-start' }}>
              <span aria-hidden="true" style={{ width: 38, height: 38, borderRadius: 19, flexShrink: 0, display: 'grid', placeItems: 'center', background: theme.tint, color: theme.primaryOnSurface, fontWeight: 800, fontSize: 14 }}>{initials(c.name)}</span>
              <div style={{ minWidth: 0, flex: 1, display: 'grid', gap: 2 }}>
                <strong style={{ overflowWrap: 'anywhere' }}>{c.name}</strong>
                {c.company && <span style={{ fontSize: 14, color: theme.muted }}>{companyName(c.company)}</span>}
                {c.email && <a href={`mailto:${c.email}`} style={{ fontSize: 14, color: theme.primaryOnSurface, overflowWrap: 'anywhere' }}>{c.email}</a>}
                {c.phone && <a href={`tel:${c.phone}`} style={{ fontSize: 14, color: theme.primaryOnSurface }}>{c.phone}</a>}
                <span style={{ ...row, gap: 4, marginTop: 4 }}>
                  <button type="button" onClick={() => setEditing(c)} style={button('ghost', true)}>Edit</button>
                  {canDelete(c, user) && <button type="button" aria-label={`Delete ${c.name}`} onClick={() => contactRows.remove(c.id).then(() => notify(`Deleted ${c.name}.`), (e) => notify(problemText(e)))} style={button('ghost', true)}>Delete</button>}
                </span>
              </div>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p style={{ margin: 0, color: theme.muted }}>No contact matches “{query}”.</p>}
      </ListState>
    </section>
  );
}

function ContactForm({ contact, companies, onDone }: { contact: Contact | null; companies: Company[]; onDone: () => void }) {
  const { notify } = useShell();
  const [name, setName] = useState(contact?.name ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [company, setCompany] = useState(contact?.company ? String(contact.company) : '');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(new Error('Enter the contact’s name.'));
    if (email.trim() && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) return setError(new Error('That e-mail address does not look right.'));
    const values = { name: name.trim(), email: email.trim() || null, phone: phone.trim() || null, company: company ? Number(company) : null };
    try {
      if (contact) await contactRows.update(contact.id, values);
      else await contactRows.create(values);
      notify(contact ? 'Contact saved.' : `Added ${values.name}.`);
      onDone();
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="contact-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))' }}>
        <label style={label}>
          Name
          <input data-testid="contact-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} style={field} />
        </label>
        <label style={label}>
          E-mail
          <input data-testid="contact-email" type="email" value={email} maxLength={200} onChange={(e) => setEmail(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Phone
          <input type="tel" value={phone} maxLength={40} onChange={(e) => setPhone(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Company
          <select value={company} onChange={(e) => setCompany(e.target.value)} style={field}>
            <option value="">None</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </label>
      </div>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="save-contact" style={button('primary')}>{contact ? 'Save contact' : 'Add contact'}</button>
        <button type="button" onClick={onDone} style={button('secondary')}>Cancel</button>
      </div>
    </form>
  );
}
