package dev.faibric.generation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.hosting.TestRuntimes;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import dev.faibric.tsx.TsxCompiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CodeValidatorTests {

    static final AppRuntime RUNTIME = TestRuntimes.of(Map.of("react", "react.js", "react/jsx-runtime",
            "react-jsx-runtime.js", "react-dom", "react-dom.js", "react-dom/client", "react-dom-client.js"));

    private final CodeValidator validator = new CodeValidator(new TsxCompiler(), RUNTIME, JsonMapper.builder().build(),
            new ServerCode(new TsxCompiler()));

    static SourceFile file(String path, String content) {
        return new SourceFile(path, content);
    }

    @Test
    void aWellFormedAppHasNoProblems() {
        assertThat(validator.problems(List.of(file("App.tsx", """
                import { useState } from 'react';
                import Header from './components/Header';
                import type { Props } from './types';
                export default function App() {
                  const [n, setN] = useState<number>(0);
                  return <main><Header title="Hi" /><button onClick={() => setN(n + 1)}>{n}</button></main>;
                }
                """), file("components/Header.tsx", """
                import { format } from '../lib/format';
                export default function Header({ title }: { title: string }) { return <h1>{format(title)}</h1>; }
                """), file("lib/format.ts", "export const format = (s: string): string => s.toUpperCase();\n"),
                file("types.ts", "export interface Props { title: string }\n"))))
            .isEmpty();
    }

    @Test
    void appsMayImportTheDataClientTheBuildVendors() {
        CodeValidator vendored = new CodeValidator(new TsxCompiler(), TestRuntimes.vendored(),
                JsonMapper.builder().build(), new ServerCode(new TsxCompiler()));
        assertThat(vendored.problems(List.of(file("App.tsx",
                """
                        import { collection, auth, useCollection, useUser, DataError } from 'faibric/data';
                        const posts = collection('posts');
                        export default function App() {
                          const { items } = useCollection('posts');
                          const { user } = useUser();
                          return <button onClick={() => posts.create({ title: user?.name }).catch((e: DataError) => alert(e.message))}>
                            {items.length} {String(auth)}</button>;
                        }
                        """))))
            .isEmpty();
    }

    @Test
    void syntaxErrorsAreReportedWithTheFileName() {
        List<String> problems = validator
            .problems(List.of(file("App.tsx", "export default function App() { return <div>; }\n")));
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).startsWith("App.tsx: ");
    }

    @Test
    void importsMustBeVendoredLibrariesOrFilesOfTheApp() {
        List<String> problems = validator.problems(List.of(file("App.tsx", """
                import axios from 'axios';
                import confetti from 'canvas-confetti';
                import './styles.css';
                import Missing from './components/Missing';
                import Up from '../outside';
                export default function App() { return null; }
                """)));
        assertThat(problems).containsExactly("App.tsx: import 'axios' is not available: use fetch",
                "App.tsx: import 'canvas-confetti' is not available; apps may import only "
                        + String.join(", ", RUNTIME.modules())
                        + " and their own files (components, .css stylesheets, .json data)",
                "App.tsx: import './styles.css' does not match any file of the app",
                "App.tsx: import './components/Missing' does not match any file of the app",
                "App.tsx: import '../outside' points outside the app");
    }

    @Test
    void librariesModelsReachForNameTheToolkitsAlternative() {
        String app = """
                import { motion } from 'framer-motion';
                import { HomeIcon } from '@heroicons/react/24/outline';
                import { FaBeer } from 'react-icons/fa';
                import { Line } from 'react-chartjs-2';
                import { ResponsiveBar } from '@nivo/bar';
                import moment from 'moment';
                import cn from 'classnames';
                import styled from 'styled-components';
                import { BrowserRouter } from 'react-router-dom';
                import { Button } from '@/components/ui/button';
                import { enUS } from 'date-fns/locale';
                export default function App() { return null; }
                """;
        assertThat(validator.problems(List.of(file("App.tsx", app)))).containsExactly(
                "App.tsx: import 'framer-motion' is not available: use CSS transitions (Tailwind transition classes or inline styles)",
                "App.tsx: import '@heroicons/react/24/outline' is not available: use lucide-react icons (e.g. import { Menu } from 'lucide-react')",
                "App.tsx: import 'react-icons/fa' is not available: use lucide-react icons (e.g. import { Menu } from 'lucide-react')",
                "App.tsx: import 'react-chartjs-2' is not available: use recharts",
                "App.tsx: import '@nivo/bar' is not available: use recharts",
                "App.tsx: import 'moment' is not available: use date-fns (or Intl.DateTimeFormat)",
                "App.tsx: import 'classnames' is not available: use clsx",
                "App.tsx: import 'styled-components' is not available: use Tailwind classes or inline styles",
                "App.tsx: import 'react-router-dom' is not available: keep pages in state or in location.hash "
                        + "(a useState page name, or a hashchange listener); there is no router",
                "App.tsx: import '@/components/ui/button' is not available: '@/…' is a bundler alias: write the "
                        + "component in the app's own files and import it by relative path",
                "App.tsx: import 'date-fns/locale' is not available: import functions from 'date-fns' itself; "
                        + "locales are not available (use Intl.DateTimeFormat for other languages)");
    }

    @Test
    void appsMayImportTheToolkitTheBuildVendors() {
        CodeValidator vendored = new CodeValidator(new TsxCompiler(), TestRuntimes.vendored(),
                JsonMapper.builder().build(), new ServerCode(new TsxCompiler()));
        assertThat(vendored.problems(List.of(file("App.tsx",
                """
                        import { Check } from 'lucide-react';
                        import { ResponsiveContainer, BarChart, Bar } from 'recharts';
                        import clsx from 'clsx';
                        import { format } from 'date-fns';
                        export default function App() {
                          return <div className={clsx('p-4', 'bg-blue-600')}><Check />{format(new Date(), 'PP')}
                            <ResponsiveContainer width="100%" height={200}><BarChart data={[]}><Bar dataKey="v" /></BarChart></ResponsiveContainer></div>;
                        }
                        """))))
            .isEmpty();
    }

    @Test
    void appTsxMustExistAndDefaultExport() {
        assertThat(validator.problems(List.of(file("Main.tsx", "export default 1;\n"))))
            .containsExactly("the app has no App.tsx (it must default-export the root component)");
        assertThat(validator.problems(List.of(file("App.tsx", "export function Main() { return null; }\n"))))
            .containsExactly("App.tsx: has no default export (expected `export default function App()`)");
        assertThat(validator.problems(List.of(file("App.tsx", "export function App() { return null; }\n"))))
            .as("a named App, the only root, is unambiguous")
            .isEmpty();
        assertThat(validator
            .problems(List.of(file("App.tsx", "function App() { return null; }\nexport { App as default };\n"))))
            .isEmpty();
    }

    @Test
    void unsafePathsAreRefusedBeforeAnythingIsCompiled() {
        assertThat(validator.problems(List.of(file("App.tsx", "export default 1;\n"), file("../etc/passwd.ts", "x"),
                file("/abs.ts", "x"), file("run.sh", "x"))))
            .containsExactly(
                    "file path '../etc/passwd.ts' must be relative, without '..', using letters, digits, '_', '-' and '.'",
                    "file path '/abs.ts' must be relative, without '..', using letters, digits, '_', '-' and '.'",
                    "file 'run.sh' has an extension outside " + SourceFile.EXTENSIONS);
    }

}
