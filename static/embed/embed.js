// Lịch — embed loader. This file keeps its name (it is what agencies paste);
// everything it loads is found relative to its own URL and carries a content
// hash. It runs under a strict CSP (no inline script or style, no eval: only
// 'wasm-unsafe-eval' to compile the module) and makes no third-party request.
//
// Three ways to embed (options have the same names everywhere):
//   <div data-lich data-month="2024-02" data-lang="vi"></div>
//   <lich-calendar month="2024-02" lang="vi" src="/data/notice.json"></lich-calendar>
//   <iframe src=".../embed.html?month=2024-02&lang=vi" data-lich-frame></iframe>
//
// Who chooses the data: `src` and `data` decide what an agency's page says,
// so they come only from the page itself — its elements' attributes, or in
// embed.html its <meta name="lich:src"> and <meta name="lich:data"> — never
// from the address of embed.html, which anyone can write into a link. A
// `src` on another origin needs <meta name="lich:allow-origins" content="https://…">.
//
// One build per language: the widget's wasm speaks Vietnamese or English,
// so a visitor downloads one catalogue; the language button of a widget
// asks for the other build (a `lich:language` event with the options that
// reopen it), which is fetched then and replaces the widget in one frame.

performance.mark('lich:start');

const here = (file) => new URL(file, import.meta.url).href;
const CSS = here('./__LICH_CSS__');
const NAMES = ['month', 'lang', 'src', 'data', 'view', 'kinds', 'first-day', 'theme', 'compact', 'feed', 'who'];
// What the address of embed.html may set: how to show the data, not which
// (nor which feed a visitor is asked to subscribe to).
const DEPLOYER_ONLY = ['src', 'data', 'feed', 'who'];
const meta = (name) => document.querySelector(`meta[name="lich:${name}"]`)?.getAttribute('content')?.trim() || null;
// The builds: wasm-bindgen's glue and the wasm, per language.
const BUILDS = {
  vi: ['./__LICH_JS__', './__LICH_WASM__'],
  en: ['./__LICH_JS_EN__', './__LICH_WASM_EN__'],
};
const langOf = (options) => (options.lang === 'en' ? 'en' : 'vi');
const ready = {};
// Once a build is ready it reads its built-in data at once (`prepare_builtin`),
// often while the page is still being parsed, so mounting does not wait for it.
// The wasm is requested at once, beside the glue (not after it: one round
// trip fewer), and compiled as it streams in.
const load = (lang) => (ready[lang] ??= (async () => {
  const [glue, wasm] = BUILDS[lang];
  const bytes = fetch(here(wasm));
  bytes.catch(() => {}); // reported by the init below, if the glue arrives
  const m = await import(glue);
  await m.default({ module_or_path: bytes });
  m.set_files(lazyFiles);
  m.prepare_builtin();
  return m;
})().catch((e) => {
  delete ready[lang]; // a later widget tries again
  throw e;
}));

// The file helpers (lich-files.js) and the file modules they drive (the JSON
// reader and validator; the iCalendar writer): fetched the first time a
// widget names a data file or a visitor downloads a .ics file, never
// otherwise. Until they are here, calls wait for them.
let helpers;
const files = () => (helpers ??= import('./__LICH_FILES__')
  .then((m) => m.files(m.modules(here('./__LICH_READER__'), here('./__LICH_ICS__'))))
  .catch((e) => {
    helpers = undefined; // a later call tries again
    throw e;
  }));
const UNAVAILABLE = 5;
const lazyFiles = {
  load(url, sameOrigin, timeoutMs, maxBytes, done) {
    let stop = null;
    let stopped = false;
    files().then(
      (f) => {
        if (stopped) done(3, 0, null);
        else stop = f.load(url, sameOrigin, timeoutMs, maxBytes, done);
      },
      () => done(UNAVAILABLE, 0, null),
    );
    return () => {
      stopped = true;
      stop?.();
    };
  },
  ics(request, done) {
    files().then((f) => f.ics(request, done), () => done(UNAVAILABLE, 0, null));
  },
};

// The page's deploy-time settings, for every widget on it.
function deployed(options) {
  const allowed = meta('allow-origins');
  if (allowed) options['allow-origins'] = allowed;
  return options;
}

// The feed a visitor may subscribe to: the page's `feed` (resolved against
// the page), else the feeds published next to this file (`lich publish`):
// everything built in, or without an agency file the national one, in the
// widget's language.
function withFeed(options) {
  const lang = langOf(options) === 'en' ? '.en' : '';
  const feed = options.feed
    ? new URL(options.feed, document.baseURI).href
    : here(`./feeds/${options.src ? 'vn-national' : 'all'}${lang}.ics`);
  return { ...options, feed };
}

function attributes(el, prefix) {
  const options = {};
  for (const name of NAMES) {
    const value = el.getAttribute(prefix + name);
    if (value !== null) options[name] = value;
  }
  return deployed(options);
}

// embed.html: the display options from the address, the data from the page.
function framed() {
  const options = {};
  const params = new URLSearchParams(location.search);
  const ignored = [];
  for (const name of NAMES) {
    if (!params.has(name)) continue;
    if (DEPLOYER_ONLY.includes(name)) ignored.push(name);
    else options[name] = params.get(name);
  }
  for (const name of DEPLOYER_ONLY) {
    const value = meta(name);
    if (value) options[name] = value;
  }
  if (ignored.length) options.ignored = ignored.join(',');
  return deployed(options);
}

// Renders the widget into the host's shadow root. A host may come with its
// first paint already in a declarative shadow root (`lich render --prerender
// --css`, the WordPress plugin: the styled month before any script); else,
// the first time, the shadow root and its stylesheet are set up at once, so
// the stylesheet downloads while the wasm does, and until the widget is
// ready a <slot> keeps the prerendered light DOM on screen. Later (another
// language), the new widget is built in a hidden box while the old one
// stays. Either way the swap happens in one frame, without a blank or a jump.
// User Timing marks (lich:start, lich:wasm, lich:mounted, lich:ready) time
// each step (e2e/bench/page.mjs reads them).
const live = new WeakSet();
async function render(host, options) {
  const first = !live.has(host);
  // (A browser without declarative shadow DOM leaves such a template inert:
  // it shows the live widget only.)
  let root = host.shadowRoot;
  let styled = Promise.resolve();
  if (!root) {
    root = host.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = CSS;
    root.replaceChildren(document.createElement('slot'), link);
  }
  const link = root.querySelector(':scope > link[rel="stylesheet"]');
  if (first && link && !link.sheet) {
    styled = new Promise((done) => {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    });
  }
  const box = document.createElement('div');
  box.className = 'lich-host';
  box.hidden = true;
  root.append(box);
  let widget;
  try {
    const m = await load(langOf(options));
    if (first) performance.mark('lich:wasm');
    widget = m.mount(box, withFeed(options));
  } catch (e) {
    box.remove();
    throw e;
  }
  // Yew renders in a microtask; a task later the first render is in the box.
  await Promise.all([styled, new Promise((done) => setTimeout(done))]);
  if (first) performance.mark('lich:mounted');
  for (const old of root.querySelectorAll('.lich-host')) if (old !== box) old.remove();
  root.querySelector(':scope > slot')?.remove();
  box.hidden = false;
  live.add(host);
  if (first) {
    host.replaceChildren(); // the prerendered light DOM has done its job
    performance.mark('lich:ready');
  }
  host.dispatchEvent(new CustomEvent('lich:ready', { bubbles: true }));
  return widget;
}

// A widget on `host`, shown with `options`: new options of the same
// language update it; another language (the widget's button sends
// `lich:language` with the options that reopen it there, or the page changes
// `lang`) mounts the other build, which replaces it. `chosen` is the
// visitor's choice of language, kept over the page's attributes.
function attach(host, options) {
  const state = { options, widget: null, chosen: null };
  // One change at a time: options that arrive while the other build loads
  // apply to the widget that build mounts.
  const apply = async (next, focusButton) => {
    const same = langOf(next) === langOf(state.options);
    state.options = next;
    if (same && state.widget) {
      state.widget.update(withFeed(next));
      return;
    }
    const old = state.widget;
    state.widget = await render(host, next);
    old?.destroy();
    if (focusButton) host.shadowRoot?.querySelector('.lich-host:not([hidden]) .lich-lang')?.focus();
  };
  let queue = render(host, options).then((w) => { state.widget = w; });
  state.show = (next, focusButton = false) => {
    queue = queue.then(() => apply(next, focusButton)).catch((e) => failed(host, e));
  };
  host.addEventListener('lich:language', (event) => {
    event.stopPropagation();
    state.chosen = event.detail.lang;
    state.show({ ...state.options, ...event.detail }, true);
  });
  return queue.then(() => state);
}

// The live widget could not start (no WebAssembly, a policy without
// 'wasm-unsafe-eval', a failed download): the prerendered month stays, its
// note (in the widget's language, written by the prerender) says it is a
// still view, and the page hears `lich:error`.
function failed(host, error) {
  console.error('Lịch: the calendar could not start; the prerendered month stays.', error);
  host.setAttribute('data-lich-error', String(error));
  if (live.has(host)) return; // a later change failed; the live widget stays
  for (const note of [...(host.shadowRoot?.querySelectorAll('.lich-fallback') ?? []), ...host.querySelectorAll('.lich-fallback')]) {
    note.hidden = false;
  }
  host.dispatchEvent(new CustomEvent('lich:error', { bubbles: true, detail: { message: String(error) } }));
}

// Once the page is parsed.
const parsed = () => (document.readyState === 'loading'
  ? new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }))
  : Promise.resolve());

class LichCalendar extends HTMLElement {
  static observedAttributes = NAMES;
  #state;
  #starting;

  connectedCallback() {
    // Upgraded while the page is still being parsed, the element may not
    // have its children yet (its first paint's declarative shadow root
    // among them): it starts once the page is parsed.
    this.#starting ??= parsed().then(() => {
      if (!this.isConnected) {
        this.#starting = undefined;
        return undefined;
      }
      return attach(this, attributes(this, '')).then((s) => { this.#state = s; });
    }).catch((e) => failed(this, e));
  }

  attributeChangedCallback() {
    // The page's attributes, in the language the visitor chose if they did.
    const s = this.#state;
    if (!s) return;
    const options = attributes(this, '');
    if (s.chosen) options.lang = s.chosen;
    s.show(options);
  }

  disconnectedCallback() {
    this.#state?.widget?.destroy();
    this.#state = undefined;
    this.#starting = undefined;
  }
}

if (!customElements.get('lich-calendar')) customElements.define('lich-calendar', LichCalendar);

// embed.html's own behaviour (its title and language, its height for the
// parent) is in lich-frame.js, which only that page loads.
function startContainers() {
  for (const host of document.querySelectorAll('[data-lich]')) {
    const inFrame = host.hasAttribute('data-iframe');
    const options = inFrame ? framed() : attributes(host, 'data-');
    // The stylesheet's theme selectors read the host's data-theme attribute.
    if (inFrame && options.theme) host.setAttribute('data-theme', options.theme);
    attach(host, options).catch((e) => failed(host, e));
  }
}

// The wasm of the page's language downloads and compiles from now on (errors
// are reported by each widget); a widget in the other language loads its
// own. Loaded with `async`, this script can run before the page is parsed:
// the containers are then looked for once it is, and elements start then.
const guess = new URLSearchParams(location.search).get('lang') === 'en'
  || document.documentElement.lang.startsWith('en') ? 'en' : 'vi';
load(guess).catch(() => {});
parsed().then(startContainers);
