import { useState } from 'react';
import { useCollection } from 'faibric/data';
import Shell, { SignedIn } from './kit/Shell';
import type { Company, Contact, Deal } from './crm';
import Pipeline from './components/Pipeline';
import Contacts from './components/Contacts';
import Companies from './components/Companies';

type View = 'pipeline' | 'contacts' | 'companies';

export default function App() {
  const [view, setView] = useState<View>('pipeline');
  return (
    <Shell
      nav={[
        { id: 'pipeline', label: 'Pipeline' },
        { id: 'contacts', label: 'Contacts' },
        { id: 'companies', label: 'Companies' },
      ]}
      current={view}
      onNavigate={(id) => setView(id as View)}
      maxWidth={1400}
    >
      <SignedIn reason="The CRM is shared by your team. Sign up or log in to see customers and deals.">
        <Workspace view={view} />
      </SignedIn>
    </Shell>
  );
}

function Workspace({ view }: { view: View }) {
  const companies = useCollection<Company>('companies', { sort: 'name', limit: 200 });
  const contacts = useCollection<Contact>('contacts', { sort: 'name', limit: 200 });
  const deals = useCollection<Deal>('deals', { sort: '-updatedAt', limit: 200 });
  if (view === 'contacts') return <Contacts contacts={contacts} companies={companies.items} />;
  if (view === 'companies') return <Companies companies={companies} contacts={contacts.items} deals={deals.items} />;
  return <Pipeline deals={deals} companies={companies.items} contacts={contacts.items} />;
}
