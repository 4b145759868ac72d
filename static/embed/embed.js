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
import init, { mount, prepare_builtin, set_reader } from './__LICH_JS__';

performance.mark('lich:start');

const here = (file) => new URL(file, import.meta.url).href;
const CSS = here('./__LICH_CSS__');
const NAMES = ['month', 'lang', 'src', 'data', 'view', 'kinds', 'first-day', 'theme', 'compact'];
// What the address of embed.html may set: how to show the data, not which.
const DEPLOYER_ONLY = ['src', 'data'];
const meta = (name) => document.querySelector(`meta[name="lich:${name}"]`)?.getAttribute('content')?.trim() || null;
let ready;
// Once the module is ready it reads its built-in data at once (`prepare_builtin`),
// often while the page is still being parsed, so mounting does not wait for it.
const load = () => (ready ??= init({ module_or_path: here('./__LICH_WASM__') }).then(() => {
  set_reader(readSchedule);
  prepare_builtin();
}));

// The reader module (the JSON reader and validator): fetched the first time
// a widget names a data file, never otherwise. A plain wasm library: the
// file's bytes go into its memory, the encoded outcome comes back.
let reader;
async function instantiateReader() {
  const url = here('./__LICH_READER__');
  try {
    return (await WebAssembly.instantiateStreaming(fetch(url), {})).instance.exports;
  } catch {
    // A server that sends .wasm without application/wasm.
    const bytes = await (await fetch(url)).arrayBuffer();
    return (await WebAssembly.instantiate(bytes, {})).instance.exports;
  }
}
async function readSchedule(bytes) {
  const x = await (reader ??= instantiateReader());
  const input = x.lich_alloc(bytes.length);
  new Uint8Array(x.memory.buffer, input, bytes.length).set(bytes);
  const output = x.lich_read(input, bytes.length);
  const length = new DataView(x.memory.buffer).getUint32(output, true);
  const answer = new Uint8Array(x.memory.buffer, output + 4, length).slice();
  x.lich_free(output, length + 4);
  return answer;
}

// The page's deploy-time settings, for every widget on it.
function deployed(options) {
  const allowed = meta('allow-origins');
  if (allowed) options['allow-origins'] = allowed;
  return options;
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

// Renders the widget into the host's shadow root. The shadow root and its
// stylesheet are set up at once, so the stylesheet downloads while the wasm
// does; until the widget is ready a <slot> keeps the prerendered light DOM on
// screen, so the swap happens in one frame without a blank or a jump.
// User Timing marks (lich:start, lich:wasm, lich:mounted, lich:ready) time
// each step (e2e/bench/page.mjs reads them).
async function attach(host, options) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const slot = document.createElement('slot');
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = CSS;
  const box = document.createElement('div');
  box.className = 'lich-host';
  box.hidden = true;
  root.replaceChildren(slot, link, box);
  const styled = new Promise((done) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  });
  await load();
  performance.mark('lich:wasm');
  const widget = mount(box, options);
  // Yew renders in a microtask; a task later the first render is in the box.
  await Promise.all([styled, new Promise((done) => setTimeout(done))]);
  performance.mark('lich:mounted');
  slot.remove();
  box.hidden = false;
  host.replaceChildren(); // the prerendered light DOM has done its job
  performance.mark('lich:ready');
  host.dispatchEvent(new CustomEvent('lich:ready', { bubbles: true }));
  return widget;
}

function failed(host, error) {
  console.error('Lịch: the calendar could not start; the prerendered month stays.', error);
  host.setAttribute('data-lich-error', String(error));
}

class LichCalendar extends HTMLElement {
  static observedAttributes = NAMES;
  #widget;
  #starting;

  connectedCallback() {
    this.#starting ??= attach(this, attributes(this, ''))
      .then((w) => { this.#widget = w; })
      .catch((e) => failed(this, e));
  }

  attributeChangedCallback() {
    this.#widget?.update(attributes(this, ''));
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget = undefined;
    this.#starting = undefined;
  }
}

if (!customElements.get('lich-calendar')) customElements.define('lich-calendar', LichCalendar);

// The iframe page tells its parent how tall it is, so no fixed box is
// needed — but only to the parent's own origin: learned from the helper's
// hello (lich-iframe.js), or from the browser's record of the frame's
// ancestors. A page that names no origin gets no message.
function reportHeight() {
  let target = location.ancestorOrigins?.[0] ?? null;
  const send = () => {
    if (target) parent.postMessage({ type: 'lich:height', height: Math.ceil(document.documentElement.scrollHeight) }, target);
  };
  window.addEventListener('message', (event) => {
    if (event.source === parent && event.data?.type === 'lich:hello' && event.origin !== 'null') {
      target = event.origin;
      send();
    }
  });
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

function startContainers() {
  for (const host of document.querySelectorAll('[data-lich]')) {
    const inFrame = host.hasAttribute('data-iframe');
    const options = inFrame ? framed() : attributes(host, 'data-');
    // The stylesheet's theme selectors read the host's data-theme attribute.
    if (inFrame && options.theme) host.setAttribute('data-theme', options.theme);
    attach(host, options)
      .then(() => { if (inFrame && parent !== window) reportHeight(); })
      .catch((e) => failed(host, e));
  }
}

// The wasm downloads and compiles from now on (errors are reported by each
// widget). Loaded with `async`, this script can run before the page is
// parsed: the containers are then looked for once it is.
load().catch(() => {});
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startContainers, { once: true });
} else {
  startContainers();
}
