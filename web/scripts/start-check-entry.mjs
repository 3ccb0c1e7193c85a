// What the server-side start check needs beyond a bare JavaScript engine, bundled into one
// script: a DOM (linkedom) and the web APIs apps use that the engine lacks (URL,
// URLSearchParams, structuredClone). The rest of the browser is
// src/main/resources/start-check/browser.js, which takes the DOM from __faibricDom.
import 'core-js/actual/url';
import 'core-js/actual/url-search-params';
import 'core-js/actual/structured-clone';
import * as dom from 'linkedom';

globalThis.__faibricDom = dom;
