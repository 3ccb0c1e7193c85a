package dev.faibric.support;

import static dev.faibric.support.SampleAnswers.file;

/**
 * Whole answers written the way language models write React apps every day: stylesheets
 * and JSON imported, Vite and Create React App project layouts with their scaffolding,
 * {@code main.tsx} files that only mount the app, {@code .jsx} and {@code .js} roots,
 * named exports, {@code process.env} and {@code import.meta.env}; and the mistakes they
 * make: a render that throws, a module they forgot, an update loop.
 */
public final class RealAnswers {

    private RealAnswers() {
    }

    static String app(String type, String title, String... files) {
        return "Here's your " + title.toLowerCase() + ". I kept it in a few small files.\n\n<faibric-app type=\"" + type
                + "\" title=\"" + title + "\" requires_backend=\"false\">\n<description>" + title
                + " as asked.</description>\n" + String.join("", files)
                + "</faibric-app>\n\nLet me know if you'd like any changes!";
    }

    /** A timer whose {@code App.tsx} imports {@code ./App.css}. */
    public static String cssImport() {
        return app("tool", "Focus Timer",
                file("App.tsx",
                        """
                                import { useEffect, useState } from 'react';
                                import './App.css';
                                import TimerDisplay from './components/TimerDisplay';

                                export default function App() {
                                  const [seconds, setSeconds] = useState(25 * 60);
                                  const [running, setRunning] = useState(false);
                                  useEffect(() => {
                                    if (!running) return;
                                    const id = setInterval(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
                                    return () => clearInterval(id);
                                  }, [running]);
                                  return (
                                    <div className="app">
                                      <h1 className="title" data-testid="app-title">Focus Timer</h1>
                                      <TimerDisplay seconds={seconds} />
                                      <button className="primary" onClick={() => setRunning(!running)}>{running ? 'Pause' : 'Start'}</button>
                                    </div>
                                  );
                                }
                                """),
                file("components/TimerDisplay.tsx", """
                        export default function TimerDisplay({ seconds }: { seconds: number }) {
                          const m = String(Math.floor(seconds / 60)).padStart(2, '0');
                          const s = String(seconds % 60).padStart(2, '0');
                          return <p className="display" data-testid="display">{m}:{s}</p>;
                        }
                        """), file("App.css",
                        """
                                .app { max-width: 420px; margin: 40px auto; text-align: center; font-family: system-ui, sans-serif; }
                                .title { color: rgb(190, 18, 60); letter-spacing: 0.02em; }
                                .display { font-size: 64px; font-variant-numeric: tabular-nums; margin: 24px 0; }
                                .primary { background: #be123c; color: white; border: 0; border-radius: 8px; padding: 10px 24px; }
                                """));
    }

    /**
     * Three stylesheets, one imported from a component with {@code ../}: the later rule
     * wins, as the import order says.
     */
    public static String stylesheetsInImportOrder() {
        return app("webapp", "Team Directory",
                file("App.tsx",
                        """
                                import './styles/base.css';
                                import './styles/theme.css';
                                import ProfileCard from './components/ProfileCard';

                                const people = [
                                  { name: 'Ada Lovelace', role: 'Engineering' },
                                  { name: 'Grace Hopper', role: 'Platform' },
                                ];

                                export default function App() {
                                  return (
                                    <main className="directory">
                                      <h1 data-testid="app-title">Team Directory <span className="badge" data-testid="badge">{people.length}</span></h1>
                                      {people.map((p) => <ProfileCard key={p.name} {...p} />)}
                                    </main>
                                  );
                                }
                                """),
                file("components/ProfileCard.tsx", """
                        import '../styles/card.css';

                        export default function ProfileCard({ name, role }: { name: string; role: string }) {
                          return (
                            <article className="profile-card" data-testid="card">
                              <h2>{name}</h2>
                              <p>{role}</p>
                            </article>
                          );
                        }
                        """),
                file("styles/base.css",
                        """
                                body { margin: 0; font-family: Inter, system-ui, sans-serif; }
                                .badge { background-color: rgb(148, 163, 184); color: white; border-radius: 999px; padding: 2px 10px; }
                                """),
                file("styles/theme.css", """
                        .badge { background-color: rgb(79, 70, 229); }
                        .directory { max-width: 640px; margin: 0 auto; padding: 24px; }
                        """), file("styles/card.css",
                        """
                                .profile-card { border: 1px solid rgb(226, 232, 240); border-radius: 12px; padding: 16px; margin-top: 12px; }
                                """));
    }

    /**
     * A dashboard card styled by a CSS module, with a kebab-case class read in camelCase.
     */
    public static String cssModule() {
        return app("dashboard", "Sales Overview", file("App.tsx", """
                import StatCard from './components/StatCard';

                export default function App() {
                  return (
                    <div style={{ display: 'grid', gap: 16, padding: 24, gridTemplateColumns: 'repeat(2, 1fr)' }}>
                      <h1 data-testid="app-title" style={{ gridColumn: '1 / -1' }}>Sales Overview</h1>
                      <StatCard label="Revenue" value="$48,200" />
                      <StatCard label="Orders" value="1,284" />
                    </div>
                  );
                }
                """), file("components/StatCard.tsx", """
                import styles from './StatCard.module.css';

                export default function StatCard({ label, value }: { label: string; value: string }) {
                  return (
                    <section className={styles.card} data-testid="stat">
                      <h2 className={styles.highlightTitle}>{label}</h2>
                      <p className={styles['stat-value']}>{value}</p>
                    </section>
                  );
                }
                """), file("components/StatCard.module.css", """
                .card { padding: 20px; border-radius: 16px; background: rgb(236, 253, 245); }
                .highlight-title { color: rgb(5, 150, 105); font-size: 14px; text-transform: uppercase; }
                .stat-value { font-size: 32px; font-weight: 700; margin: 8px 0 0; }
                """));
    }

    /** Recipes kept in a JSON file the app imports. */
    public static String jsonData() {
        return app("website", "Weeknight Recipes", file("App.tsx", """
                import recipes from './data/recipes.json';
                import RecipeCard from './components/RecipeCard';

                type Recipe = { id: number; name: string; minutes: number; tags: string[] };

                export default function App() {
                  const list = recipes as Recipe[];
                  return (
                    <main style={{ maxWidth: 720, margin: '0 auto', padding: 24 }}>
                      <h1 data-testid="app-title">Weeknight Recipes</h1>
                      <p data-testid="count">{list.length} recipes under 30 minutes</p>
                      {list.map((r) => <RecipeCard key={r.id} recipe={r} />)}
                    </main>
                  );
                }
                """),
                file("components/RecipeCard.tsx",
                        """
                                export default function RecipeCard({ recipe }: { recipe: { name: string; minutes: number; tags: string[] } }) {
                                  return (
                                    <article data-testid="recipe" style={{ borderBottom: '1px solid #eee', padding: '12px 0' }}>
                                      <h2 style={{ margin: 0 }}>{recipe.name}</h2>
                                      <small>{recipe.minutes} min · {recipe.tags.join(', ')}</small>
                                    </article>
                                  );
                                }
                                """),
                file("data/recipes.json", """
                        [
                          { "id": 1, "name": "Lemon Garlic Pasta", "minutes": 20, "tags": ["vegetarian", "quick"] },
                          { "id": 2, "name": "Sheet Pan Gnocchi", "minutes": 25, "tags": ["one pan"] },
                          { "id": 3, "name": "Chickpea Curry", "minutes": 30, "tags": ["vegan", "spicy"] }
                        ]
                        """));
    }

    /**
     * A whole Vite project: scaffolding at the top, the app under {@code src/},
     * {@code main.tsx} mounting it with {@code index.css}.
     */
    public static String viteProject() {
        return app("webapp", "Todo List", file("package.json", """
                {
                  "name": "todo-list",
                  "private": true,
                  "type": "module",
                  "scripts": { "dev": "vite", "build": "tsc -b && vite build" },
                  "dependencies": { "react": "^19.0.0", "react-dom": "^19.0.0" },
                  "devDependencies": { "@vitejs/plugin-react": "^4.3.4", "typescript": "~5.6.2", "vite": "^6.0.5" }
                }
                """), file("index.html", """
                <!doctype html>
                <html lang="en">
                  <head><meta charset="UTF-8" /><title>Todo List</title></head>
                  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
                </html>
                """), file("vite.config.ts", """
                import { defineConfig } from 'vite';
                import react from '@vitejs/plugin-react';

                export default defineConfig({ plugins: [react()] });
                """), file("src/main.tsx", """
                import { StrictMode } from 'react';
                import { createRoot } from 'react-dom/client';
                import './index.css';
                import App from './App.tsx';

                createRoot(document.getElementById('root')!).render(
                  <StrictMode>
                    <App />
                  </StrictMode>,
                );
                """), file("src/index.css", """
                :root { font-family: system-ui, Avenir, Helvetica, Arial, sans-serif; }
                body { margin: 0; background-color: rgb(241, 245, 249); }
                """),
                file("src/App.css",
                        """
                                .todo-app { max-width: 480px; margin: 48px auto; background: white; border-radius: 12px; padding: 24px; }
                                .todo-item.done span { text-decoration: line-through; color: rgb(148, 163, 184); }
                                """),
                file("src/App.tsx",
                        """
                                import { useState } from 'react';
                                import './App.css';
                                import TodoItem from './components/TodoItem';

                                export type Todo = { id: number; text: string; done: boolean };

                                function App() {
                                  const [todos, setTodos] = useState<Todo[]>([
                                    { id: 1, text: 'Buy oat milk', done: true },
                                    { id: 2, text: 'Call the plumber', done: false },
                                  ]);
                                  const toggle = (id: number) => setTodos(todos.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
                                  return (
                                    <div className="todo-app">
                                      <h1 data-testid="app-title">Todo List</h1>
                                      {todos.map((todo) => <TodoItem key={todo.id} todo={todo} onToggle={toggle} />)}
                                    </div>
                                  );
                                }

                                export default App;
                                """),
                file("src/components/TodoItem.tsx",
                        """
                                import type { Todo } from '../App';

                                export default function TodoItem({ todo, onToggle }: { todo: Todo; onToggle: (id: number) => void }) {
                                  return (
                                    <label className={'todo-item' + (todo.done ? ' done' : '')} data-testid="todo">
                                      <input type="checkbox" checked={todo.done} onChange={() => onToggle(todo.id)} />
                                      <span>{todo.text}</span>
                                    </label>
                                  );
                                }
                                """),
                file("src/vite-env.d.ts", "/// <reference types=\"vite/client\" />\n"));
    }

    /**
     * No {@code src/}: a {@code main.tsx} beside {@code App.tsx}, with the page's CSS.
     */
    public static String mainBesideApp() {
        return app("website", "Coffee Corner", file("main.tsx", """
                import React from 'react';
                import ReactDOM from 'react-dom/client';
                import App from './App';
                import './index.css';

                ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
                  <React.StrictMode>
                    <App />
                  </React.StrictMode>
                );
                """), file("index.css", """
                h1 { font-size: 40px; font-family: Georgia, serif; color: rgb(120, 53, 15); }
                body { margin: 0; background: #fffbeb; }
                """), file("App.tsx", """
                import React from 'react';
                import Menu from './components/Menu';

                const App: React.FC = () => (
                  <div style={{ padding: 32 }}>
                    <h1 data-testid="app-title">Coffee Corner</h1>
                    <Menu />
                  </div>
                );

                export default App;
                """), file("components/Menu.tsx",
                """
                        const items = [['Flat white', 3.6], ['Cortado', 3.2], ['Chai latte', 3.9]] as const;

                        export default function Menu() {
                          return (
                            <ul>
                              {items.map(([name, price]) => <li key={name} data-testid="menu-item">{name} — ${price.toFixed(2)}</li>)}
                            </ul>
                          );
                        }
                        """));
    }

    /**
     * Create React App: {@code public/index.html}, {@code src/index.js} with
     * {@code ReactDOM.createRoot}, and JSX in {@code src/App.js}.
     */
    public static String createReactApp() {
        return app("tool", "Word Counter",
                file("public/index.html",
                        """
                                <!DOCTYPE html>
                                <html lang="en"><head><meta charset="utf-8" /><title>Word Counter</title></head>
                                <body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>
                                """),
                file("src/index.js", """
                        import React from 'react';
                        import ReactDOM from 'react-dom/client';
                        import './index.css';
                        import App from './App';

                        const root = ReactDOM.createRoot(document.getElementById('root'));
                        root.render(
                          <React.StrictMode>
                            <App />
                          </React.StrictMode>
                        );
                        """), file("src/index.css", """
                        body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', sans-serif; }
                        """), file("src/App.css", """
                        .App { text-align: center; padding: 40px; }
                        .App-header { color: rgb(37, 99, 235); }
                        """), file("src/App.js", """
                        import React, { useState } from 'react';
                        import './App.css';
                        import Stats from './Stats';

                        function App() {
                          const [text, setText] = useState('The quick brown fox jumps over the lazy dog');
                          return (
                            <div className="App">
                              <h1 className="App-header" data-testid="app-title">Word Counter</h1>
                              <textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} cols={50} />
                              <Stats text={text} />
                            </div>
                          );
                        }

                        export default App;
                        """), file("src/Stats.js", """
                        export default function Stats({ text }) {
                          const words = text.trim() ? text.trim().split(/\\s+/).length : 0;
                          return <p data-testid="words">{words} words, {text.length} characters</p>;
                        }
                        """));
    }

    /** A root named {@code App.jsx}, its components {@code .jsx} too. */
    public static String jsxRoot() {
        return app("game", "Dice Roller", file("App.jsx", """
                import { useState } from 'react';
                import Die from './components/Die.jsx';

                export default function App() {
                  const [faces, setFaces] = useState([3, 5]);
                  const roll = () => setFaces(faces.map(() => 1 + Math.floor(Math.random() * 6)));
                  return (
                    <main style={{ textAlign: 'center', padding: 32 }}>
                      <h1 data-testid="app-title">Dice Roller</h1>
                      <div style={{ display: 'flex', gap: 12, justifyContent: 'center' }}>
                        {faces.map((f, i) => <Die key={i} value={f} />)}
                      </div>
                      <p data-testid="total">Total: {faces.reduce((a, b) => a + b, 0)}</p>
                      <button onClick={roll}>Roll</button>
                    </main>
                  );
                }
                """), file("components/Die.jsx",
                """
                        export default function Die({ value }) {
                          return (
                            <div data-testid="die" style={{ width: 64, height: 64, borderRadius: 12, border: '2px solid #334155',
                              display: 'grid', placeItems: 'center', fontSize: 28 }}>{value}</div>
                          );
                        }
                        """));
    }

    /** {@code App.tsx} with {@code export function App()} and no default export. */
    public static String namedExport() {
        return app("tool", "Unit Converter", file("App.tsx", """
                import { useState } from 'react';
                import { ConversionRow } from './components/ConversionRow';

                export function App() {
                  const [km, setKm] = useState(10);
                  return (
                    <div style={{ padding: 24, maxWidth: 420 }}>
                      <h1 data-testid="app-title">Unit Converter</h1>
                      <input type="number" value={km} onChange={(e) => setKm(Number(e.target.value))} />
                      <ConversionRow label="Miles" value={km * 0.621371} />
                      <ConversionRow label="Feet" value={km * 3280.84} />
                    </div>
                  );
                }
                """), file("components/ConversionRow.tsx", """
                export const ConversionRow = ({ label, value }: { label: string; value: number }) => (
                  <p data-testid="row">{label}: {value.toFixed(2)}</p>
                );
                """));
    }

    /** Create React App habits: {@code process.env.REACT_APP_*} and {@code NODE_ENV}. */
    public static String processEnv() {
        return app("dashboard", "Weather Board", file("config.ts", """
                export const API_URL = process.env.REACT_APP_API_URL || 'https://api.open-meteo.com/v1';
                export const IS_PRODUCTION = process.env.NODE_ENV === 'production';
                """), file("App.tsx",
                """
                        import { API_URL, IS_PRODUCTION } from './config';

                        export default function App() {
                          return (
                            <div style={{ padding: 24 }}>
                              <h1 data-testid="app-title">Weather Board</h1>
                              <p data-testid="env">Data from {new URL(API_URL).host} ({IS_PRODUCTION ? 'production' : 'development'})</p>
                            </div>
                          );
                        }
                        """));
    }

    /**
     * Vite habits: {@code import.meta.env.MODE}, {@code DEV} and a {@code VITE_*} value.
     */
    public static String importMetaEnv() {
        return app("webapp", "Habit Tracker", file("App.tsx", """
                const title = import.meta.env.VITE_APP_TITLE ?? 'Habit Tracker';

                export default function App() {
                  if (import.meta.env.DEV) {
                    console.log('Running in development');
                  }
                  return (
                    <div style={{ padding: 24 }}>
                      <h1 data-testid="app-title">{title}</h1>
                      <p data-testid="mode">Mode: {import.meta.env.MODE}</p>
                    </div>
                  );
                }
                """));
    }

    /** An {@code App.ts} that builds its elements with {@code createElement}. */
    public static String tsRoot() {
        return app("tool", "Color Picker", file("App.ts", """
                import { createElement as h, useState } from 'react';

                const swatches = ['#ef4444', '#f59e0b', '#10b981', '#3b82f6'];

                export default function App() {
                  const [color, setColor] = useState(swatches[2]);
                  return h('div', { style: { padding: 24 } },
                    h('h1', { 'data-testid': 'app-title', style: { color } }, 'Color Picker'),
                    h('div', { style: { display: 'flex', gap: 8 } },
                      swatches.map((s) => h('button', { key: s, 'aria-label': s, onClick: () => setColor(s),
                        style: { width: 32, height: 32, background: s, border: 0 } }))),
                    h('p', { 'data-testid': 'picked' }, 'Picked ' + color));
                }
                """));
    }

    /** A budget app whose summary reads a total its parent never passes: it throws. */
    public static String renderThrows() {
        return app("tool", "Budget Planner", file("App.tsx", """
                import Summary from './components/Summary';

                const expenses = [{ name: 'Rent', amount: 1200 }, { name: 'Groceries', amount: 320 }];

                export default function App() {
                  return (
                    <main style={{ padding: 24 }}>
                      <h1 data-testid="app-title">Budget Planner</h1>
                      <Summary expenses={expenses} />
                    </main>
                  );
                }
                """), file("components/Summary.tsx", """
                type Props = { expenses: { name: string; amount: number }[]; totals?: { month: number } };

                export default function Summary({ expenses, totals }: Props) {
                  return (
                    <section>
                      <p data-testid="total">Spent this month: ${totals!.month.toFixed(2)}</p>
                      <p>{expenses.length} expenses</p>
                    </section>
                  );
                }
                """));
    }

    /** The repair of {@link #renderThrows()}: the total computed where it is shown. */
    public static String renderThrowsRepaired() {
        return """
                The summary read `totals.month`, which App never passes. I'll compute it from the expenses.
                <edit path="components/Summary.tsx">
                <<<<<<< SEARCH
                      <p data-testid="total">Spent this month: ${totals!.month.toFixed(2)}</p>
                =======
                      <p data-testid="total">Spent this month: ${(totals?.month ?? expenses.reduce((sum, e) => sum + e.amount, 0)).toFixed(2)}</p>
                >>>>>>> REPLACE
                </edit>
                <summary>Computed the monthly total from the expenses.</summary>
                """;
    }

    /** A repair that does not fix anything that matters. */
    public static String repairThatStillThrows() {
        return """
                I'll make the label clearer.
                <edit path="components/Summary.tsx">
                <<<<<<< SEARCH
                      <p>{expenses.length} expenses</p>
                =======
                      <p>{expenses.length} expenses this month</p>
                >>>>>>> REPLACE
                </edit>
                <summary>Clarified the label.</summary>
                """;
    }

    /** A chart the app imports and the answer forgot to write. */
    public static String missingModule() {
        return app("dashboard", "Fitness Log", file("App.tsx", """
                import { useState } from 'react';
                import StepsChart from './components/StepsChart';

                export default function App() {
                  const [steps] = useState([6200, 8400, 10100, 7300, 9900]);
                  return (
                    <main style={{ padding: 24 }}>
                      <h1 data-testid="app-title">Fitness Log</h1>
                      <StepsChart steps={steps} />
                    </main>
                  );
                }
                """));
    }

    /** The repair of {@link #missingModule()}: the forgotten file, whole. */
    public static String missingModuleRepaired() {
        return """
                I forgot the chart component; here it is.
                <file path="components/StepsChart.tsx">
                export default function StepsChart({ steps }: { steps: number[] }) {
                  const max = Math.max(...steps);
                  return (
                    <div style={{ display: 'flex', alignItems: 'flex-end', gap: 8, height: 120 }}>
                      {steps.map((s, i) => (
                        <div key={i} data-testid="bar" title={String(s)}
                          style={{ width: 24, height: `${(s / max) * 100}%`, background: '#22c55e' }} />
                      ))}
                    </div>
                  );
                }
                </file>
                <summary>Added the missing StepsChart component.</summary>
                """;
    }

    /** A counter that sets state while rendering: React stops it after 25 renders. */
    public static String renderLoop() {
        return app("tool", "Tally Counter", file("App.tsx", """
                import { useState } from 'react';

                export default function App() {
                  const [count, setCount] = useState(0);
                  const [history, setHistory] = useState<number[]>([]);
                  setHistory([...history, count]);
                  return (
                    <main style={{ padding: 24 }}>
                      <h1 data-testid="app-title">Tally Counter</h1>
                      <p data-testid="count">{count}</p>
                      <button onClick={() => setCount(count + 1)}>+1</button>
                      <p>{history.length} changes</p>
                    </main>
                  );
                }
                """));
    }

    /** The repair of {@link #renderLoop()}: the history kept where the count changes. */
    public static String renderLoopRepaired() {
        return """
                Setting state during render loops forever; I'll record the history in the click handler instead.
                <edit path="App.tsx">
                <<<<<<< SEARCH
                  setHistory([...history, count]);
                =======
                >>>>>>> REPLACE
                <<<<<<< SEARCH
                      <button onClick={() => setCount(count + 1)}>+1</button>
                =======
                      <button onClick={() => { setHistory([...history, count]); setCount(count + 1); }}>+1</button>
                >>>>>>> REPLACE
                </edit>
                <summary>Moved the history update into the click handler.</summary>
                """;
    }

    /**
     * An app whose code attacks the platform as soon as it runs: reads projects, starts a
     * build, opens a project's socket, reads the UI's storage and cookies; it shows what
     * it got.
     */
    public static String hostile() {
        return app("tool", "Innocent App", file("App.tsx",
                """
                        import { useEffect, useState } from 'react';

                        async function attempt(run: () => Promise<string>): Promise<string> {
                          try {
                            return await run();
                          } catch {
                            return 'blocked';
                          }
                        }

                        export default function App() {
                          const [results, setResults] = useState<Record<string, string>>({});
                          useEffect(() => {
                            const report = (name: string, value: string) => setResults((r) => ({ ...r, [name]: value }));
                            const platform = 'http://localhost:' + location.port;
                            const read = (url: string) => attempt(async () => {
                              const response = await fetch(url, { credentials: 'include' });
                              return 'read ' + response.status + ' ' + (await response.text()).slice(0, 60);
                            });
                            read(platform + '/api/projects').then((v) => report('read', v));
                            read('/api/projects').then((v) => report('relative', v));
                            attempt(async () => {
                              const response = await fetch(platform + '/api/v2/generate/', { method: 'POST', credentials: 'include',
                                headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ prompt: 'a hostile takeover' }) });
                              return 'sent ' + response.status;
                            }).then((v) => report('write', v));
                            new Promise<string>((resolve) => {
                              try {
                                const socket = new WebSocket('ws://localhost:' + location.port + '/ws/project/1/');
                                socket.onopen = () => resolve('open');
                                socket.onerror = () => resolve('refused');
                              } catch {
                                resolve('refused');
                              }
                            }).then((v) => report('socket', v));
                            let stored = 'none';
                            try {
                              stored = localStorage.getItem('faibric-ui-secret') ?? 'none';
                            } catch {
                              stored = 'denied';
                            }
                            report('storage', stored);
                            let cookies = 'none';
                            try {
                              cookies = document.cookie || 'none';
                            } catch {
                              cookies = 'denied';
                            }
                            report('cookies', cookies);
                          }, []);
                          return (
                            <div>
                              <h1 data-testid="app-title">Innocent App</h1>
                              {Object.entries(results).map(([name, value]) => (
                                <p key={name} data-testid={'result-' + name}>{value}</p>
                              ))}
                            </div>
                          );
                        }
                        """));
    }

}
