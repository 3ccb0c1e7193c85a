// Starts an app as its page does (deploy/AppPage.java): the root module's default export,
// or its export named App, rendered into #root. What React could not render, or what an
// error boundary caught instead, is a failure to start.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import * as app from '/app/App.js';

const check = globalThis.__faibricCheck;
const App = app.default ?? app.App;
const component = typeof App === 'function' || (typeof App === 'object' && App !== null && '$$typeof' in App);
if (!component) {
  throw new TypeError(`the root module exports no component to show (its export is ${App === null ? 'null' : typeof App})`);
}
const root = createRoot(check.root(), {
  onUncaughtError: (error) => check.failed('render', error),
  onCaughtError: (error) => check.failed('boundary', error),
});
flushSync(() => root.render(createElement(App)));
