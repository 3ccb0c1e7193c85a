package dev.faibric.export;

/**
 * The README of an exported project: how to run and build it, how its files are laid out,
 * and, as the app needs them, how it reaches its data on Faibric and how its server code
 * runs.
 */
final class ExportReadme {

    private ExportReadme() {
    }

    static String of(ExportedVersion app) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # %s

                Version %d of the app `%s`, exported from Faibric as a Vite + React + TypeScript project.
                On Faibric it runs at %s.

                ## Run it

                You need Node.js 20.19 or newer (22.12+ works too) and npm.

                ```sh
                npm ci            # installs the exact versions in package-lock.json
                npm run dev       # http://localhost:5173/, reloads as you edit
                npm run build     # the production build, in dist/
                npm run preview   # serves dist/ at http://localhost:4173/
                npm run typecheck # TypeScript's checks (the build itself only strips types, as Faibric does)
                ```

                ## What is where

                - `src/` holds the app's files as Faibric stored them; `src/App.*` is its root component.
                - `src/%s` starts the app as Faibric's page does: it renders `App` into `#root` and shows
                  an error it could not render past on the page. `index.html` loads it.
                - Stylesheets apply as they are imported; `*.module.css` files are CSS modules whose
                  class names are also available in camelCase, as on Faibric.
                - `vite.config.ts` says how the files are built: React's automatic JSX runtime, imports
                  without an extension tried as `.tsx`, `.ts`, `.jsx`, `.js`, then `index.*`, as Faibric does.
                """.formatted(app.title(), app.number(), app.slug(), app.appUrl(), EntryFiles.entryName(app.files())));
        out.append("""
                - `package.json` pins React and the toolkit apps get on Faibric (lucide-react, recharts, clsx,
                  date-fns) at the versions Faibric serves; `package-lock.json` locks the rest.
                """);
        if (app.usesTailwind()) {
            out.append("""
                    - Tailwind CSS is compiled by its Vite plugin (`@tailwindcss/vite`), of the version whose
                      browser build styles the app on Faibric, so the classes look the same.
                    """);
        }
        if (!app.variables().isEmpty()) {
            out.append("""
                    - The app's public variables (%s) are in `vite.config.ts`; the app reads them as
                      `import.meta.env.NAME` or `process.env.NAME`. Set one in the environment or in a `.env`
                      file to change it.
                    """.formatted(String.join(", ", app.variables().keySet().stream().sorted().toList())));
        }
        if (app.dataBacked()) {
            out.append(data(app));
        }
        if (app.hasServer()) {
            out.append(server(app));
        }
        return out.toString();
    }

    private static String data(ExportedVersion app) {
        return """

                ## Its data

                The app keeps its data on Faibric, in the app's data API at `%1$s/_api/...`. Its rows and
                its users (who signs up and signs in to the app) stay there: this project reaches them.

                - `faibric/schema.json` is the app's data model: its collections, their fields and who may
                  list, read, create, update and delete them.
                - `faibric/data.ts` (and `faibric/data/`) is the `faibric/data` client the hosted app
                  loads (`collection`, `useCollection`, `useRow`, `useUser`, `auth`), as source; imports of
                  `faibric/data` resolve to it (`vite.config.ts`, `tsconfig.json`). It calls `/_api/...` on the
                  page's own origin, with the sign-in cookie.
                - `npm run dev` and `npm run preview` forward `/_api` to the app at `%2$s` as if the request came
                  from the app's own pages, so the pages, the API and the cookie share one origin
                  (`http://localhost:5173`). To use another deployment of the app:
                  `FAIBRIC_APP_URL=https://my-app.example.com/ npm run dev`.
                - Where you host `dist/` yourself, forward `/_api/` to the app the same way: a reverse proxy
                  that sends the app's host name (`%3$s`) as `Host` and its origin (`%1$s`) as `Origin`.
                """.formatted(app.appOrigin(), app.appUrl(), hostWithPort(app));
    }

    private static String server(ExportedVersion app) {
        String secrets = app.secretNames().isEmpty() ? ""
                : "\nThe app's server code also reads these secrets, whose values are not in this project: "
                        + String.join(", ", app.secretNames().stream().map(n -> "`" + n + "`").toList())
                        + ". Give each as an environment variable (`-e NAME=value`).\n";
        return """

                ## Its server code

                `server/` is the app's server code: `server/index.ts` default-exports a function that takes
                each request to `/api/...` (a web `Request`) and returns a `Response`; it may export
                `schedules`. Faibric runs it with a small Node.js runtime, which is in `faibric/server/`:
                `faibric-server.mjs` (the HTTP server: `/api/...`, and `/_health` once the code has loaded)
                and `data.mjs` (the server's `faibric/data`, acting as the app's admin).

                ```sh
                npm run build:server   # bundles server/ into build/
                FAIBRIC_DATA_URL=%2$s FAIBRIC_APP_HOST=%3$s PORT=3001 npm run start:server
                FAIBRIC_SERVER_URL=http://127.0.0.1:3001 npm run dev   # the pages call that server
                ```

                Or in a container (`Dockerfile`: Node.js 20 on Alpine, run as the unprivileged `node` user,
                listening on port 8080):

                ```sh
                docker build -t %1$s .
                docker run -p 3001:8080 -e FAIBRIC_SERVER_KEY=... %1$s
                # with Faibric on this machine, the container shares its network:
                docker run --network host -e PORT=3001 -e FAIBRIC_SERVER_KEY=... %1$s
                ```

                The server reaches the app's data at `FAIBRIC_DATA_URL` (`%2$s` in the image),
                presenting the app's host name, `FAIBRIC_APP_HOST` (`%3$s`). Its key to that data,
                `FAIBRIC_SERVER_KEY`, is a secret that Faibric keeps and does not export: without it the
                server's data requests count as those of a visitor who is not signed in. `HOST` and
                `PORT` say where it listens.
                %4$s""".formatted(app.slug(), app.dataUrl(), app.appHost(), secrets);
    }

    private static String hostWithPort(ExportedVersion app) {
        return app.appOrigin().replaceFirst("^[a-z]+://", "");
    }

}
