package dev.faibric.support;

import static dev.faibric.support.SampleAnswers.file;

/**
 * Answers written with the toolkit models were trained on: Tailwind classes, lucide-react
 * icons, a recharts chart, clsx and date-fns.
 */
public final class ToolkitAnswers {

    private ToolkitAnswers() {
    }

    /**
     * A sales dashboard styled with Tailwind, with icons, a bar chart, clsx and date-fns.
     */
    public static String salesDashboard() {
        return RealAnswers.app("dashboard", "Sales Pulse",
                file("App.tsx",
                        """
                                import { useState } from 'react';
                                import { TrendingUp, Calendar } from 'lucide-react';
                                import clsx from 'clsx';
                                import { format, subDays } from 'date-fns';
                                import RevenueChart from './components/RevenueChart';
                                import { days } from './data/sales';

                                export default function App() {
                                  const [range, setRange] = useState<7 | 30>(7);
                                  const today = new Date(2026, 2, 14);
                                  return (
                                    <div className="min-h-screen bg-slate-50 p-6 font-sans">
                                      <header className="mb-6 flex items-center justify-between">
                                        <h1 data-testid="app-title" className="flex items-center gap-2 text-2xl font-bold text-slate-900">
                                          <TrendingUp className="h-6 w-6 text-blue-600" data-testid="icon" /> Sales Pulse
                                        </h1>
                                        <p data-testid="since" className="flex items-center gap-1 text-sm text-slate-500">
                                          <Calendar className="h-4 w-4" /> Since {format(subDays(today, range), 'MMM d, yyyy')}
                                        </p>
                                      </header>
                                      <div className="mb-4 flex gap-2">
                                        {([7, 30] as const).map((r) => (
                                          <button
                                            key={r}
                                            data-testid={'range-' + r}
                                            onClick={() => setRange(r)}
                                            className={clsx('rounded-lg px-4 py-2 text-sm font-medium', r === range ? 'bg-blue-600 text-white' : 'bg-white text-slate-700 shadow')}
                                          >
                                            Last {r} days
                                          </button>
                                        ))}
                                      </div>
                                      <RevenueChart data={days.slice(-Math.min(range, days.length))} />
                                    </div>
                                  );
                                }
                                """),
                file("components/RevenueChart.tsx",
                        """
                                import { ResponsiveContainer, BarChart, Bar, XAxis, YAxis, Tooltip, CartesianGrid } from 'recharts';
                                import type { Day } from '../data/sales';

                                export default function RevenueChart({ data }: { data: Day[] }) {
                                  return (
                                    <section data-testid="chart" className="h-72 rounded-xl bg-white p-4 shadow-sm">
                                      <ResponsiveContainer width="100%" height="100%">
                                        <BarChart data={data}>
                                          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                                          <XAxis dataKey="day" />
                                          <YAxis />
                                          <Tooltip />
                                          <Bar dataKey="revenue" fill="#2563eb" radius={[4, 4, 0, 0]} />
                                        </BarChart>
                                      </ResponsiveContainer>
                                    </section>
                                  );
                                }
                                """),
                file("data/sales.ts", """
                        export interface Day { day: string; revenue: number }

                        export const days: Day[] = [
                          { day: 'Mon', revenue: 4200 },
                          { day: 'Tue', revenue: 3800 },
                          { day: 'Wed', revenue: 5100 },
                          { day: 'Thu', revenue: 4700 },
                          { day: 'Fri', revenue: 6300 },
                          { day: 'Sat', revenue: 7100 },
                          { day: 'Sun', revenue: 5600 },
                        ];
                        """));
    }

    /** The same kind of app, reaching for axios. */
    public static String withAxios() {
        return RealAnswers.app("tool", "Rates", file("App.tsx",
                """
                        import { useEffect, useState } from 'react';
                        import axios from 'axios';

                        export default function App() {
                          const [rate, setRate] = useState<number | null>(null);
                          useEffect(() => { axios.get('/rates').then((r) => setRate(r.data.eur)).catch(() => setRate(null)); }, []);
                          return <h1 data-testid="app-title" className="p-4 text-xl font-bold">EUR {rate ?? '…'}</h1>;
                        }
                        """));
    }

    /** The repair of {@link #withAxios()}: fetch instead. */
    public static String withAxiosRepaired() {
        return """
                axios is not available; the browser's fetch does the same.
                <edit path="App.tsx">
                <<<<<<< SEARCH
                import axios from 'axios';

                =======

                >>>>>>> REPLACE
                <<<<<<< SEARCH
                  useEffect(() => { axios.get('/rates').then((r) => setRate(r.data.eur)).catch(() => setRate(null)); }, []);
                =======
                  useEffect(() => { fetch('/rates').then((r) => r.json()).then((d) => setRate(d.eur)).catch(() => setRate(null)); }, []);
                >>>>>>> REPLACE
                </edit>
                <summary>Fetches the rates with fetch.</summary>
                """;
    }

}
