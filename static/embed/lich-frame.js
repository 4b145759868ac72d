// Lịch — the framed page's script (embed.html loads it beside embed.js; a
// page that embeds the widget directly never downloads it).
//
// embed.html is the widget's own page: its language, title and heading
// follow the widget's (the title is the shown data's, in that language),
// after every render (`lich:ready`, also after a change of language).
//
// It tells its parent how tall it is, so no fixed box is needed — but only
// to the parent's own origin: learned from the helper's hello
// (lich-iframe.js), or from the browser's record of the frame's ancestors.
// A page that names no origin gets no message. A frame that WordPress
// embedded carries "#?secret=…" in its address: it gets WordPress's own
// message as well, which wp-embed.js on the parent answers by resizing it.
let reporting = false;

function frameLanguage(host) {
  const widget = host.shadowRoot?.querySelector('.lich-host:not([hidden]) section.lich');
  if (!widget) return;
  document.documentElement.lang = widget.lang;
  const title = widget.querySelector('#lich-label')?.textContent.trim();
  if (!title) return;
  document.title = title;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = title;
}

function reportHeight() {
  let target = location.ancestorOrigins?.[0] ?? null;
  const secret = /[#?&]secret=([A-Za-z0-9]{1,32})/.exec(location.hash)?.[1];
  const send = () => {
    if (!target) return;
    const height = Math.ceil(document.documentElement.scrollHeight);
    parent.postMessage({ type: 'lich:height', height }, target);
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, target);
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

document.addEventListener('lich:ready', (event) => {
  const host = event.target;
  if (!(host instanceof Element) || !host.hasAttribute('data-iframe')) return;
  frameLanguage(host);
  if (!reporting && parent !== window) {
    reporting = true;
    reportHeight();
  }
});
