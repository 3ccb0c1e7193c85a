// The browser an app is started in by the start check, after dom.js (linkedom and the
// URL, URLSearchParams and structuredClone polyfills). Time is virtual: timers, animation
// frames and performance.now() advance only when the check runs the next task, so an
// app's first second takes as long as its code does. Nothing here reaches a network:
// fetch, XMLHttpRequest, WebSocket and EventSource wait forever, as a slow server would.
// APIs a browser has but a check does not need (audio, canvas drawing, observers) accept
// every call and do nothing, so an app is never refused for using them.
(() => {
  'use strict';
  const dom = globalThis.__faibricDom;
  delete globalThis.__faibricDom;
  // What the engine adds that no browser has (and that the sandbox leaves powerless).
  for (const name of ['Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net', 'Polyglot', 'Graal',
    'load', 'loadWithNewGlobal', 'print', 'printErr', 'quit', 'read', 'readbuffer', 'readline', 'arguments']) {
    delete globalThis[name];
  }
  const view = dom.parseHTML(
    '<!doctype html><html lang="en"><head><title>App</title></head><body><div id="root"></div></body></html>');
  const document = view.document;
  const noop = () => {};
  const resolved = () => Promise.resolve();
  const define = (target, values) => {
    for (const [name, value] of Object.entries(values)) {
      if (!(name in target)) {
        Object.defineProperty(target, name, { value, writable: true, configurable: true });
      }
    }
  };

  // Anything at all: every property is another inert thing, every call returns one.
  const inert = () => new Proxy(function () {}, {
    get: (target, name) => {
      if (name === 'then') return undefined;
      if (name === Symbol.toPrimitive) return () => 0;
      if (name === Symbol.iterator) return [][Symbol.iterator].bind([]);
      if (name === 'length') return 0;
      return inert();
    },
    apply: () => inert(),
    construct: () => inert(),
    set: () => true,
  });
  const Inert = function () { return inert(); };

  for (const [name, value] of Object.entries(dom)) {
    if (typeof value === 'function' && /^[A-Z]/.test(name) && !(name in globalThis)) {
      globalThis[name] = value;
    }
  }
  for (const name of ['UIEvent', 'MouseEvent', 'KeyboardEvent', 'PointerEvent', 'TouchEvent', 'FocusEvent', 'DragEvent',
    'WheelEvent', 'ClipboardEvent', 'ProgressEvent', 'MessageEvent', 'StorageEvent', 'PopStateEvent', 'HashChangeEvent',
    'AnimationEvent', 'TransitionEvent', 'ErrorEvent', 'PromiseRejectionEvent', 'SubmitEvent', 'CompositionEvent']) {
    if (!(name in globalThis)) {
      globalThis[name] = class extends Event {
        constructor(type, init = {}) {
          super(type, init);
          for (const [key, value] of Object.entries(init)) {
            if (!(key in this)) this[key] = value;
          }
        }
      };
    }
  }
  globalThis.MutationObserver = view.MutationObserver;
  globalThis.Image = view.Image;

  // Virtual time.
  const tasks = new Map();
  let clock = 0;
  let nextId = 1;
  const schedule = (callback, delay, args, repeat) => {
    const id = nextId++;
    if (typeof callback === 'function') {
      const wait = Math.max(0, Number(delay) || 0);
      tasks.set(id, { at: clock + wait, wait, callback, args, repeat });
    }
    return id;
  };
  const cancel = (id) => { tasks.delete(id); };
  const startedAt = Date.now();
  Object.assign(globalThis, {
    setTimeout: (callback, delay, ...args) => schedule(callback, delay, args, false),
    setInterval: (callback, delay, ...args) => schedule(callback, delay, args, true),
    setImmediate: (callback, ...args) => schedule(callback, 0, args, false),
    clearTimeout: cancel,
    clearInterval: cancel,
    clearImmediate: cancel,
    requestAnimationFrame: (callback) => schedule(() => callback(clock), 16, [], false),
    cancelAnimationFrame: cancel,
    requestIdleCallback: (callback) => schedule(() => callback({ didTimeout: false, timeRemaining: () => 0 }), 1, [], false),
    cancelIdleCallback: cancel,
    queueMicrotask: (callback) => { Promise.resolve().then(callback); },
    performance: {
      now: () => clock,
      timeOrigin: startedAt,
      mark: noop,
      measure: noop,
      clearMarks: noop,
      clearMeasures: noop,
      getEntries: () => [],
      getEntriesByName: () => [],
      getEntriesByType: () => [],
    },
  });

  // Errors the app could not start with, and what it logged, for the check to read.
  const failures = [];
  const logged = [];
  const describe = (value) => {
    if (value instanceof Error) return (value.name ? value.name + ': ' : '') + value.message;
    try { return typeof value === 'string' ? value : JSON.stringify(value); } catch { return String(value); }
  };
  const failed = (stage, error) => {
    failures.push({ stage, message: describe(error), stack: error && typeof error.stack === 'string' ? error.stack : '' });
  };
  const console = globalThis.console;
  for (const level of ['error', 'warn']) {
    console[level] = (...values) => {
      if (logged.length < 50) logged.push(level + ': ' + values.map(describe).join(' ').slice(0, 500));
    };
  }
  for (const level of ['log', 'info', 'debug', 'trace', 'table', 'group', 'groupCollapsed', 'groupEnd', 'time', 'timeEnd']) {
    console[level] = noop;
  }

  // Runs the next task due within `horizon` ms of virtual time and returns the time it ran
  // at, or -1 when no task is due.
  const runNext = (horizon) => {
    let next = null;
    for (const entry of tasks) {
      if (next === null || entry[1].at < next[1].at) next = entry;
    }
    if (next === null || next[1].at > horizon) return -1;
    const [id, task] = next;
    clock = task.at;
    if (task.repeat) task.at = clock + Math.max(task.wait, 1); else tasks.delete(id);
    try {
      task.callback(...task.args);
    } catch (error) {
      if (logged.length < 50) logged.push('uncaught: ' + describe(error));
    }
    return clock;
  };
  Object.defineProperty(globalThis, '__faibricCheck', {
    value: Object.freeze({ failed, failures, logged, runNext, root: () => document.getElementById('root') }),
  });

  // Storage, crypto, encodings.
  class MemoryStorage {
    #items = new Map();
    get length() { return this.#items.size; }
    key(index) { return [...this.#items.keys()][index] ?? null; }
    getItem(key) { return this.#items.has(String(key)) ? this.#items.get(String(key)) : null; }
    setItem(key, value) { this.#items.set(String(key), String(value)); }
    removeItem(key) { this.#items.delete(String(key)); }
    clear() { this.#items.clear(); }
  }
  const fill = (array) => {
    for (let i = 0; i < array.length; i++) array[i] = Math.floor(Math.random() * 256);
    return array;
  };
  const hex = (n) => [...fill(new Uint8Array(n))].map((b) => b.toString(16).padStart(2, '0')).join('');
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(text = '') {
      const bytes = unescape(encodeURIComponent(String(text)));
      return Uint8Array.from(bytes, (ch) => ch.charCodeAt(0));
    }
  }
  class TextDecoder {
    get encoding() { return 'utf-8'; }
    decode(bytes = new Uint8Array()) {
      const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let text = '';
      for (const byte of view) text += String.fromCharCode(byte);
      try { return decodeURIComponent(escape(text)); } catch { return text; }
    }
  }
  define(globalThis, {
    localStorage: new MemoryStorage(),
    sessionStorage: new MemoryStorage(),
    crypto: {
      getRandomValues: fill,
      randomUUID: () => {
        const h = hex(16);
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
      },
      subtle: inert(),
    },
    TextEncoder,
    TextDecoder,
  });

  // The network, which a check never reaches.
  const never = () => new Promise(noop);
  class Quiet extends EventTarget {
    constructor(url) {
      super();
      this.url = String(url ?? '');
      this.readyState = 0;
    }
    send() {}
    close() {}
    abort() {}
    open() {}
    setRequestHeader() {}
    getAllResponseHeaders() { return ''; }
    getResponseHeader() { return null; }
  }
  class AbortSignal extends EventTarget {
    aborted = false;
    reason = undefined;
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) { const c = new AbortController(); c.abort(reason); return c.signal; }
    static timeout() { return new AbortSignal(); }
    static any() { return new AbortSignal(); }
  }
  class AbortController {
    signal = new AbortSignal();
    abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
      if (this.signal.aborted) return;
      this.signal.aborted = true;
      this.signal.reason = reason;
      this.signal.dispatchEvent(new Event('abort'));
    }
  }
  define(globalThis, {
    fetch: never,
    XMLHttpRequest: Quiet,
    WebSocket: Quiet,
    EventSource: Quiet,
    BroadcastChannel: Quiet,
    Worker: Quiet,
    AbortController,
    AbortSignal,
    Headers: class Headers extends Map {},
    DOMException: class DOMException extends Error {
      constructor(message = '', name = 'Error') { super(message); this.name = name; }
    },
  });

  // The window around the page.
  const observer = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return []; } };
  const location = new URL('http://localhost/');
  define(location, { assign: noop, replace: noop, reload: noop });
  const events = new EventTarget();
  define(globalThis, {
    window: globalThis,
    self: globalThis,
    top: globalThis,
    parent: globalThis,
    document,
    location,
    history: { length: 1, state: null, scrollRestoration: 'auto', pushState(state) { this.state = state; }, replaceState(state) { this.state = state; }, back: noop, forward: noop, go: noop },
    navigator: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
      language: 'en-US',
      languages: ['en-US', 'en'],
      onLine: true,
      cookieEnabled: true,
      hardwareConcurrency: 4,
      maxTouchPoints: 0,
      platform: 'Linux x86_64',
      clipboard: { writeText: resolved, readText: () => Promise.resolve(''), write: resolved, read: () => Promise.resolve([]) },
      geolocation: { getCurrentPosition: noop, watchPosition: () => 0, clearWatch: noop },
      permissions: { query: () => Promise.resolve({ state: 'prompt', addEventListener: noop, removeEventListener: noop }) },
      mediaDevices: { getUserMedia: never, enumerateDevices: () => Promise.resolve([]) },
      serviceWorker: { register: never, ready: never(), addEventListener: noop },
      vibrate: () => false,
      sendBeacon: () => true,
    },
    screen: { width: 1280, height: 800, availWidth: 1280, availHeight: 800, colorDepth: 24, orientation: { type: 'landscape-primary', angle: 0, addEventListener: noop } },
    innerWidth: 1280,
    innerHeight: 800,
    outerWidth: 1280,
    outerHeight: 800,
    devicePixelRatio: 1,
    scrollX: 0,
    scrollY: 0,
    pageXOffset: 0,
    pageYOffset: 0,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
    matchMedia: (media) => ({ matches: false, media: String(media), onchange: null, addListener: noop, removeListener: noop, addEventListener: noop, removeEventListener: noop, dispatchEvent: () => false }),
    getComputedStyle: (element) => new Proxy({}, {
      get: (target, name) => name === 'getPropertyValue' ? (property) => element?.style?.getPropertyValue?.(property) ?? '' : element?.style?.[name] ?? '',
    }),
    getSelection: () => ({ toString: () => '', removeAllRanges: noop, addRange: noop, rangeCount: 0 }),
    scrollTo: noop,
    scroll: noop,
    scrollBy: noop,
    focus: noop,
    blur: noop,
    print: noop,
    alert: noop,
    confirm: () => false,
    prompt: () => null,
    open: () => null,
    close: noop,
    reportError: (error) => { if (logged.length < 50) logged.push('reported: ' + describe(error)); },
    IntersectionObserver: observer,
    ResizeObserver: observer,
    PerformanceObserver: observer,
    AudioContext: Inert,
    webkitAudioContext: Inert,
    OfflineAudioContext: Inert,
    Audio: class Audio { play() { return Promise.resolve(); } pause() {} load() {} addEventListener() {} removeEventListener() {} },
    Notification: Object.assign(Inert, { permission: 'default', requestPermission: () => Promise.resolve('default') }),
    speechSynthesis: inert(),
    SpeechSynthesisUtterance: Inert,
    indexedDB: inert(),
    caches: { open: never, match: never, keys: () => Promise.resolve([]) },
    FileReader: class FileReader extends EventTarget { readAsText() {} readAsDataURL() {} readAsArrayBuffer() {} abort() {} },
    Blob: class Blob { constructor(parts = []) { this.size = parts.reduce((n, p) => n + String(p).length, 0); this.type = ''; } text() { return Promise.resolve(''); } },
    MessageChannel: class MessageChannel {
      constructor() {
        const port = () => ({ onmessage: null, postMessage: noop, start: noop, close: noop, addEventListener: noop, removeEventListener: noop });
        this.port1 = port();
        this.port2 = port();
        this.port2.postMessage = (data) => schedule(() => this.port1.onmessage?.({ data }), 0, [], false);
        this.port1.postMessage = (data) => schedule(() => this.port2.onmessage?.({ data }), 0, [], false);
      }
    },
  });
  class FormData {
    #entries = [];
    append(name, value) { this.#entries.push([String(name), value]); }
    set(name, value) { this.delete(name); this.append(name, value); }
    get(name) { return this.#entries.find(([key]) => key === String(name))?.[1] ?? null; }
    getAll(name) { return this.#entries.filter(([key]) => key === String(name)).map(([, value]) => value); }
    has(name) { return this.#entries.some(([key]) => key === String(name)); }
    delete(name) { this.#entries = this.#entries.filter(([key]) => key !== String(name)); }
    entries() { return this.#entries[Symbol.iterator](); }
    keys() { return this.#entries.map(([key]) => key)[Symbol.iterator](); }
    values() { return this.#entries.map(([, value]) => value)[Symbol.iterator](); }
    forEach(callback) { this.#entries.forEach(([key, value]) => callback(value, key, this)); }
    [Symbol.iterator]() { return this.entries(); }
  }
  class DOMRect {
    constructor(x = 0, y = 0, width = 0, height = 0) { Object.assign(this, { x, y, width, height }); }
    get left() { return Math.min(this.x, this.x + this.width); }
    get top() { return Math.min(this.y, this.y + this.height); }
    get right() { return Math.max(this.x, this.x + this.width); }
    get bottom() { return Math.max(this.y, this.y + this.height); }
    toJSON() { return { ...this }; }
  }
  define(globalThis, { FormData, DOMRect, File: class File extends globalThis.Blob { constructor(parts, name) { super(parts); this.name = String(name); } } });
  URL.createObjectURL = () => 'blob:http://localhost/0';
  URL.revokeObjectURL = noop;

  // What elements can do in a browser and linkedom does not model.
  define(document, {
    fonts: { ready: Promise.resolve(), load: () => Promise.resolve([]), check: () => true, addEventListener: noop, removeEventListener: noop },
    hasFocus: () => true,
    visibilityState: 'visible',
    hidden: false,
    execCommand: () => false,
    elementFromPoint: () => null,
    exitFullscreen: resolved,
  });
  define(Element.prototype, {
    scrollIntoView: noop,
    scrollTo: noop,
    scroll: noop,
    scrollBy: noop,
    getClientRects: () => [],
    animate: () => ({ finished: Promise.resolve(), cancel: noop, finish: noop, play: noop, pause: noop, addEventListener: noop }),
    requestFullscreen: resolved,
    setPointerCapture: noop,
    releasePointerCapture: noop,
    hasPointerCapture: () => false,
    blur: noop,
    select: noop,
    setSelectionRange: noop,
    checkValidity: () => true,
    reportValidity: () => true,
    setCustomValidity: noop,
    showModal: function () { this.setAttribute('open', ''); },
    show: function () { this.setAttribute('open', ''); },
    close: function () { this.removeAttribute('open'); },
    play: () => Promise.resolve(),
    pause: noop,
    load: noop,
  });
  const canvas = globalThis.HTMLCanvasElement?.prototype;
  if (canvas) {
    Object.defineProperty(canvas, 'getContext', { value: () => inert(), configurable: true, writable: true });
    Object.defineProperty(canvas, 'toDataURL', { value: () => 'data:,', configurable: true, writable: true });
  }
})();
