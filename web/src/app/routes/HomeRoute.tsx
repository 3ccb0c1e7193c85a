import { CreateAppForm } from '@/features/generate/components/CreateAppForm';
import { RecentProjects } from '@/features/projects/components/RecentProjects';
import { ProviderNote } from '@/features/system/components/ProviderNote';

export function HomeRoute() {
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">What do you want to build?</h1>
        <p className="muted">Describe an app in a sentence. Watch it being written, then change it by chatting.</p>
        <CreateAppForm />
        <ProviderNote />
      </section>
      <RecentProjects />
    </div>
  );
}
