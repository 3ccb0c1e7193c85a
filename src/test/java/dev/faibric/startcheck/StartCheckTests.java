package dev.faibric.startcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.deploy.BrowserFiles;
import dev.faibric.hosting.AppRuntime;
import dev.faibric.hosting.TestRuntimes;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.TsxCompiler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apps started in the sandbox, as the release does before a version goes live: the ones a
 * browser starts pass, the ones it cannot start fail with a reason the repair can act on.
 */
class StartCheckTests {

    static ThreadPoolTaskExecutor executor;

    static ThreadPoolTaskScheduler scheduler;

    static StartCheck check;

    static StartCheck impatient;

    static Sandboxes sandboxes;

    static BrowserFiles browserFiles;

    @BeforeAll
    static void engine() {
        AppRuntime runtime = TestRuntimes.vendored();
        StartCheckSettings settings = new StartCheckSettings(true, null, 2);
        executor = new StartCheckConfiguration().startChecks(settings);
        executor.initialize();
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        browserFiles = new BrowserFiles(new TsxCompiler(), runtime, JsonMapper.builder().build());
        sandboxes = new Sandboxes(runtime, executor);
        assertThat(sandboxes.available()).as("the frontend build bundles the start check's DOM").isTrue();
        check = new StartCheck(sandboxes, browserFiles, settings, executor, scheduler, new SimpleMeterRegistry());
        impatient = new StartCheck(sandboxes, browserFiles, new StartCheckSettings(true, Duration.ofSeconds(1), 2),
                executor, scheduler, new SimpleMeterRegistry());
    }

    @AfterAll
    static void stop() {
        executor.shutdown();
        scheduler.shutdown();
    }

    private static Optional<String> start(SourceFile... files) {
        return check.problem(List.of(files));
    }

    private static SourceFile file(String path, String content) {
        return new SourceFile(path, content);
    }

    @Test
    void anAppThatUsesWhatBrowsersOfferStarts() {
        StartCheck.Checked checked = check.check(List.of(file("App.tsx", """
                import { useEffect, useRef, useState } from 'react';
                import './App.css';
                import styles from './Card.module.css';
                import quotes from './quotes.json';
                import { Clock } from './components/Clock';

                export default function App() {
                  const [count, setCount] = useState(() => Number(localStorage.getItem('count') ?? 0));
                  const [data, setData] = useState<string | null>(null);
                  const canvas = useRef<HTMLCanvasElement>(null);
                  const audio = useRef(new AudioContext());
                  useEffect(() => { localStorage.setItem('count', String(count)); }, [count]);
                  useEffect(() => {
                    fetch('/api/data').then((r) => r.json()).then(setData);
                    const ctx = canvas.current!.getContext('2d')!;
                    ctx.fillStyle = '#fff';
                    ctx.fillRect(0, 0, 10, 10);
                    const seen = new IntersectionObserver(() => {});
                    seen.observe(canvas.current!);
                    window.addEventListener('resize', () => setCount(0));
                    const id = crypto.randomUUID();
                    document.title = id.length + ' ' + new URL('https://example.com/?a=1').searchParams.get('a');
                    return () => seen.disconnect();
                  }, []);
                  const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(12.5);
                  return (
                    <main className={styles.card}>
                      <h1>{quotes[0].text} {total} {data ?? 'loading'} {btoa('hi')}</h1>
                      <canvas ref={canvas} />
                      <Clock />
                      <button onClick={() => setCount(count + 1)}>{count}</button>
                    </main>
                  );
                }
                """), file("components/Clock.tsx", """
                import { useEffect, useState } from 'react';
                export function Clock() {
                  const [now, setNow] = useState(() => new Date());
                  useEffect(() => {
                    const id = setInterval(() => setNow(new Date()), 1000);
                    const frame = requestAnimationFrame(() => {});
                    return () => { clearInterval(id); cancelAnimationFrame(frame); };
                  }, []);
                  return <time>{now.toLocaleTimeString('en-US')}</time>;
                }
                """), file("App.css", "main { color: #123456; }"), file("Card.module.css", ".card { padding: 4px; }"),
                file("quotes.json", "[{\"text\": \"Stay hungry\"}]")), Map.of());
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.screen())
            .matches("<main class=\"card_[0-9a-f]{5}\"><h1>Stay hungry \\$12\\.50 loading aGk=</h1>"
                    + "<canvas></canvas><time>\\d{1,2}:\\d\\d:\\d\\d.[AP]M</time><button>0</button></main>");
    }

    @Test
    void anAppKeepingItsDataOnTheServerStartsAndShowsThatItIsLoading() {
        StartCheck.Checked checked = check.check(
                List.of(file("App.tsx",
                        """
                                import { collection, useCollection, useRow, useUser, DataError } from 'faibric/data';
                                type Post = { title: string };
                                const posts = collection<Post>('posts');
                                export default function App() {
                                  const { user, loading: checking } = useUser();
                                  const { items, loading, error } = useCollection<Post>('posts', { where: { owner: 'me' }, sort: '-createdAt' });
                                  const pinned = useRow<Post>('posts', 1);
                                  if (error instanceof DataError) return <p role="alert">{error.message}</p>;
                                  return (
                                    <main>
                                      <p>{checking ? 'Checking who you are' : user?.name}</p>
                                      {loading ? <p>Loading posts</p> : <ul>{items.map((p) => <li key={p.id}>{p.title}</li>)}</ul>}
                                      <p>{pinned.loading ? 'Loading the pinned post' : pinned.row?.title}</p>
                                      <button onClick={() => posts.create({ title: 'Hi' })}>Post</button>
                                    </main>
                                  );
                                }
                                """)),
                Map.of());
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.screen()).isEqualTo("<main><p>Checking who you are</p><p>Loading posts</p>"
                + "<p>Loading the pinned post</p><button>Post</button></main>");
    }

    @Test
    void anAppWithTheToolkitStartsWithItsChartAndIcons() {
        StartCheck.Checked checked = check.check(List.of(file("App.tsx", """
                import { ResponsiveContainer, LineChart, Line, BarChart, Bar, XAxis, Tooltip } from 'recharts';
                import { Check } from 'lucide-react';
                import clsx from 'clsx';
                import { format, addDays } from 'date-fns';
                const data = [{ d: 'Mon', v: 3 }, { d: 'Tue', v: 5 }, { d: 'Wed', v: 4 }];
                export default function App() {
                  return (
                    <main className={clsx('p-4', 'bg-white')}>
                      <Check className="h-4 w-4" /> {format(addDays(new Date(2026, 0, 1), 1), 'yyyy-MM-dd')}
                      <BarChart width={300} height={200} data={data}><XAxis dataKey="d" /><Bar dataKey="v" /></BarChart>
                      <div style={{ height: 200 }}>
                        <ResponsiveContainer width="100%" height="100%">
                          <LineChart data={data}><Tooltip /><Line dataKey="v" /></LineChart>
                        </ResponsiveContainer>
                      </div>
                    </main>
                  );
                }
                """)), Map.of());
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.screen()).startsWith("<main class=\"p-4 bg-white\"><svg")
            .contains("<svg class=\"lucide h-4 w-4\" />", " 2026-01-02", "<div class=\"recharts-wrapper\">");
    }

    @Test
    void theModeAndTheOwnersVariablesAreThereAsTheDeployedPageHasThem() {
        StartCheck.Checked checked = check.check(
                List.of(file("App.jsx",
                        """
                                const api = process.env.REACT_APP_API_URL ?? 'none';
                                if (import.meta.env.MODE !== 'production' || import.meta.env.DEV || process.env.NODE_ENV !== 'production') {
                                  throw new Error('not the production mode');
                                }
                                export function App() { return <p>{api} {import.meta.env.VITE_MAP_STYLE}</p>; }
                                """)),
                Map.of("REACT_APP_API_URL", "https://api.example.com", "VITE_MAP_STYLE", "dark", "NODE_ENV",
                        "development"));
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.screen()).isEqualTo("<p>https://api.example.com dark</p>");
    }

    @Test
    void anErrorWhileRenderingNamesTheErrorAndTheFileItCameFrom() {
        assertThat(start(file("App.tsx", """
                import List from './components/List';
                export default function App() { return <List />; }
                """), file("components/List.tsx", """
                type Item = { name: string };
                export default function List({ items }: { items?: Item[] }) {
                  return <ul>{items!.map((item) => <li key={item.name}>{item.name}</li>)}</ul>;
                }
                """))).hasValueSatisfying(problem -> assertThat(problem)
            .startsWith("the app failed to start while rendering its first screen: TypeError")
            .contains("map")
            .endsWith("(in components/List.tsx)"));
    }

    @Test
    void anErrorWhileAModuleLoadsIsAFailureToStart() {
        assertThat(start(file("App.tsx", """
                import { settings } from './settings';
                export default function App() { return <p>{settings.theme}</p>; }
                """), file("settings.ts", """
                const saved = JSON.parse('{not json');
                export const settings = { theme: saved.theme };
                """))).hasValueSatisfying(problem -> assertThat(problem)
            .startsWith("the app failed to start while its modules loaded: SyntaxError")
            .endsWith("(in settings.ts)"));
    }

    @Test
    void anImportOfAFileTheAppDoesNotHaveIsAFailureToStart() {
        assertThat(start(file("App.tsx", """
                import Header from './components/Header';
                export default function App() { return <Header />; }
                """))).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("the app failed to start while its modules loaded")
                    .contains("Cannot find module 'components/Header' imported from App.tsx"));
    }

    @Test
    void settingStateWhileRenderingIsTheLoopReactStops() {
        assertThat(start(file("App.tsx", """
                import { useState } from 'react';
                export default function App() {
                  const [count, setCount] = useState(0);
                  setCount(count + 1);
                  return <p>{count}</p>;
                }
                """))).hasValueSatisfying(problem -> assertThat(problem)
            .contains("Too many re-renders. React limits the number of renders to prevent an infinite loop."));
    }

    @Test
    void anEffectThatSetsStateOnEveryRenderIsAnUpdateLoopWithoutEnd() {
        assertThat(start(file("App.tsx", """
                import { useEffect, useState } from 'react';
                export default function App() {
                  const [count, setCount] = useState(0);
                  useEffect(() => { setCount(count + 1); });
                  return <p>{count}</p>;
                }
                """))).hasValueSatisfying(problem -> assertThat(problem)
            .startsWith("the app keeps updating without pause after its first render"));
    }

    @Test
    void aLoopThatNeverEndsIsStoppedAtTheTimeout() {
        assertThat(impatient.problem(List.of(file("App.tsx", """
                export default function App() {
                  let n = 0;
                  while (n >= 0) { n = (n + 1) % 10; }
                  return <p>{n}</p>;
                }
                """))))
            .hasValue("the app did not finish starting within 1 s (a loop that never ends while it loads or renders?)");
        assertThat(start(file("App.tsx", "export default function App() { return <p>after</p>; }"))).isEmpty();
    }

    @Test
    void anAppShowingItsErrorBoundaryAtStartDidNotStart() {
        assertThat(start(file("App.tsx", """
                import { Component, type ReactNode } from 'react';
                class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
                  state = { failed: false };
                  static getDerivedStateFromError() { return { failed: true }; }
                  render() { return this.state.failed ? <p>Something went wrong</p> : this.props.children; }
                }
                function Broken(): ReactNode { throw new Error('no data yet'); }
                export default function App() { return <Boundary><Broken /></Boundary>; }
                """))).hasValueSatisfying(problem -> assertThat(problem)
            .startsWith("an error boundary caught an error while the first screen rendered")
            .contains("Error: no data yet"));
    }

    @Test
    void browserApisTheCheckDoesNotModelAreNotTheAppsFault() {
        assertThat(start(file("App.tsx", """
                export default function App() {
                  const offscreen = new OffscreenCanvas(10, 10);
                  return <p>{offscreen.width}</p>;
                }
                """))).isEmpty();
    }

    @Test
    void theSandboxReachesNothingOfTheHost() {
        assertThat(start(file("App.tsx", """
                for (const name of ['Java', 'Polyglot', 'Graal', 'Packages', 'java', 'load', 'quit', 'require']) {
                  if (typeof (globalThis as any)[name] !== 'undefined') throw new Error(name + ' is reachable');
                }
                export default function App() { return <p>sealed</p>; }
                """))).isEmpty();
        assertThat(start(file("App.tsx", """
                import secret from '../../etc/hostname.json';
                export default function App() { return <p>{String(secret)}</p>; }
                """))).hasValueSatisfying(problem -> assertThat(problem).startsWith("the app failed to start"));
    }

    @Test
    void aPrefetchedAppIsCheckedOnceWhenTheBuildAsksAboutTheSameFilesAndAgainWhenBuiltAgain() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StartCheck counted = new StartCheck(sandboxes, browserFiles, new StartCheckSettings(true, null, 2), executor,
                scheduler, registry);
        List<SourceFile> app = List.of(file("App.tsx", "export default function App() { return <p>once</p>; }"));

        counted.prefetch(app, Map.of("VITE_A", "1"));
        assertThat(counted.problem(List.copyOf(app), Map.of("VITE_A", "1"))).isEmpty();
        assertThat(registry.get("faibric.start.check").timer().count()).isEqualTo(1);
        assertThat(counted.problem(app, Map.of("VITE_A", "2"))).isEmpty();
        assertThat(counted.problem(app, Map.of("VITE_A", "1"))).isEmpty();

        assertThat(registry.get("faibric.start.check").timer().count()).as("a prefetch is used once").isEqualTo(3);
    }

}
