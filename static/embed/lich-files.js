// Lịch — file helpers. embed.js imports this module the first time a widget
// names a data file (`src`) or a visitor downloads a .ics file, never
// otherwise, so a visitor who only looks at the calendar downloads neither it
// nor the file module (crates/lich-reader) it drives.
//
// `files(module)` gives the widget (src/ui/load.rs, `Files`) two functions:
//   load(url, sameOrigin, timeoutMs, maxBytes, done) → stop()
//     fetches the file without cookies, with no redirect, within the time
//     and size limits, has the file module read it, and calls
//     done(code, detail, answer) exactly once; stop() abandons it.
//   ics(request, done)
//     calls done(READ, size, url) with a blob: address of the iCalendar
//     text the file module writes for an encoded request, or
//     done(UNAVAILABLE, 0, null).
// The widget checks the origin before it asks; this module only fetches.
//
// `module` calls the file modules: module(exportName, bytes) → Promise of
// the answer's bytes. `modules(readerUrl, writerUrl)` makes one from the two
// modules' URLs: the reader (lich_read) and the iCalendar writer (lich_ics),
// each fetched the first time it is called, in a worker where one can run.

// Answer codes, as src/ui/load.rs reads them.
const READ = 0; // detail: the file's size; answer: the encoded outcome
const HTTP = 1; // detail: the status
const TIMEOUT = 2;
const REFUSED = 3; // network error, CSP, CORS, a redirect, or stopped
const TOO_LARGE = 4; // detail: bytes announced or read
const UNAVAILABLE = 5; // the file module could not be loaded

// The body, read as it arrives and abandoned past `maxBytes` (a server
// that sends no Content-Length cannot make the page hold more).
async function body(response, maxBytes) {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > maxBytes ? { over: bytes.length } : { bytes };
  }
  const parts = [];
  let size = 0;
  const source = response.body.getReader();
  for (;;) {
    const { done, value } = await source.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      source.cancel().catch(() => {});
      return { over: size };
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes };
}

export function files(module) {
  return {
    load(url, sameOrigin, timeoutMs, maxBytes, done) {
      const abort = new AbortController();
      let timedOut = false;
      let answered = false;
      const answer = (code, detail = 0, bytes = null) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        done(code, detail, bytes);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, timeoutMs);
      (async () => {
        let response;
        try {
          response = await fetch(url, {
            credentials: 'omit',
            mode: sameOrigin ? 'same-origin' : 'cors',
            // A same-origin URL must not lead elsewhere through an open redirect.
            redirect: 'error',
            signal: abort.signal,
          });
        } catch {
          return answer(timedOut ? TIMEOUT : REFUSED);
        }
        if (!response.ok) return answer(HTTP, response.status);
        // A body announced as too large is not read at all.
        const announced = Number(response.headers.get('content-length'));
        if (announced > maxBytes) return answer(TOO_LARGE, announced);
        let read;
        try {
          read = await body(response, maxBytes);
        } catch {
          return answer(timedOut ? TIMEOUT : REFUSED);
        }
        if (read.over) return answer(TOO_LARGE, read.over);
        clearTimeout(timer);
        let outcome;
        try {
          outcome = await module('lich_read', read.bytes);
        } catch {
          return answer(UNAVAILABLE);
        }
        answer(READ, read.bytes.length, outcome);
      })().catch(() => answer(REFUSED));
      return () => {
        abort.abort();
        answer(REFUSED);
      };
    },
    // The .ics as a blob: address for the download link (the widget used to
    // percent-encode the text into a data: address: its code and a copy of
    // the text in the wasm). Released a minute later: the link downloads at
    // once, and a later click asks again.
    ics(request, done) {
      module('lich_ics', request).then(
        (bytes) => {
          if (!bytes.length) return done(UNAVAILABLE, 0, null);
          const url = URL.createObjectURL(new Blob([bytes], { type: 'text/calendar;charset=utf-8' }));
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
          return done(READ, bytes.length, url);
        },
        () => done(UNAVAILABLE, 0, null),
      );
    },
  };
}

// The file modules run in a worker (this same file, started as a module
// worker), so reading a large file (5,000 events) or writing a year's
// feed never holds the page's main thread; where a worker cannot start (a
// policy without it, an old browser) or fails, in the page itself.
export function modules(readerUrl, writerUrl) {
  let direct = null;
  const inPage = (name, bytes) => (direct ??= calls(readerUrl, writerUrl))(name, bytes);
  let worker;
  try {
    worker = new Worker(import.meta.url, { type: 'module' });
  } catch {
    return inPage;
  }
  const waiting = new Map();
  let next = 0;
  let broken = false;
  const settle = (id, outcome) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    if (outcome) w.resolve(outcome);
    else inPage(w.name, w.bytes).then(w.resolve, w.reject);
  };
  worker.onmessage = ({ data }) => settle(data.id, data.bytes ?? null);
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker.terminate();
    for (const id of [...waiting.keys()]) settle(id, null);
  };
  worker.postMessage({ readerUrl, writerUrl });
  return (name, bytes) => {
    if (broken) return inPage(name, bytes);
    return new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject, name, bytes });
      worker.postMessage({ id, name, bytes });
    });
  };
}

// The two modules, each fetched the first time it is called.
function calls(readerUrl, writerUrl) {
  const read = instance(readerUrl);
  const write = instance(writerUrl);
  return (name, bytes) => (name === 'lich_ics' ? write : read)(name, bytes);
}

// In the worker: the first message names the modules, each later one is a
// call, answered with its bytes (or none, and the page calls it itself).
if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  let call = null;
  globalThis.onmessage = async ({ data }) => {
    if (data.readerUrl) {
      call = calls(data.readerUrl, data.writerUrl);
      return;
    }
    try {
      const bytes = await call(data.name, data.bytes);
      globalThis.postMessage({ id: data.id, bytes }, [bytes.buffer]);
    } catch {
      globalThis.postMessage({ id: data.id });
    }
  };
}

// The file module at `url`: a plain wasm library. The input goes into its
// memory, the length-prefixed answer comes back.
function instance(url) {
  let instance;
  const start = async () => {
    try {
      return (await WebAssembly.instantiateStreaming(fetch(url), {})).instance.exports;
    } catch {
      // A server that sends .wasm without application/wasm.
      const bytes = await (await fetch(url)).arrayBuffer();
      return (await WebAssembly.instantiate(bytes, {})).instance.exports;
    }
  };
  return async (name, bytes) => {
    const x = await (instance ??= start().catch((e) => {
      instance = undefined; // a later call tries again
      throw e;
    }));
    const input = x.lich_alloc(bytes.length);
    new Uint8Array(x.memory.buffer, input, bytes.length).set(bytes);
    // The writer stamps its export with the time (the reader ignores it).
    const output = x[name](input, bytes.length, Math.floor(Date.now() / 1000));
    const length = new DataView(x.memory.buffer).getUint32(output, true);
    const answer = new Uint8Array(x.memory.buffer, output + 4, length).slice();
    x.lich_free(output, length + 4);
    return answer;
  };
}
