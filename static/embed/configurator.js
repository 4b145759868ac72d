// The configurator: options → live preview and the snippets (three ways to
// embed, and the WordPress plugin's shortcode).
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const base = new URL('./', location.href);

function options() {
  const data = new FormData(form);
  const o = {};
  for (const name of ['month', 'lang', 'view', 'first-day', 'theme', 'src', 'feed', 'who']) {
    const v = String(data.get(name) ?? '').trim();
    if (v) o[name] = v;
  }
  const kinds = data.getAll('kinds');
  if (kinds.length < 4) o.kinds = kinds.join(',');
  if (data.get('compact')) o.compact = 'true';
  return o;
}

// The first paint of a month (dist/prerender/, written by `lich prerender`):
// a declarative shadow root whose stylesheet is the widget's, so the pasted
// snippet shows the styled month before any script and the live widget
// replaces it without a jump. Only for what it draws: the month view with
// the default week, kinds and size (an agency's own events appear live).
const CSS_URL = new URL('./__LICH_CSS__', base).href;
const paints = new Map();
function firstPaint(o) {
  const plain = (o.view ?? 'month') === 'month' && (o['first-day'] ?? 'mon') === 'mon' && !o.kinds && !o.compact;
  if (!plain || !o.month || !/^\d{4}-\d{2}$/.test(o.month)) return Promise.resolve('');
  const key = `${o.month}.${o.lang === 'en' ? 'en' : 'vi'}`;
  if (!paints.has(key)) {
    paints.set(key, fetch(new URL(`prerender/${key}.html`, base))
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => ''));
  }
  return paints.get(key).then((html) => html.replaceAll('{css}', CSS_URL));
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

let latest = 0;
async function update() {
  const o = options();
  const token = ++latest;
  const inside = new FormData(form).get('prerender') ? await firstPaint(o) : '';
  if (token !== latest) return; // a newer change is on its way
  for (const name of ['month', 'lang', 'view', 'first-day', 'theme', 'src', 'feed', 'who', 'kinds', 'compact']) {
    if (o[name] === undefined) preview.removeAttribute(name); else preview.setAttribute(name, o[name]);
  }
  const attrs = (prefix) => Object.entries(o).map(([k, v]) => ` ${prefix}${k}="${escape(v)}"`).join('');
  const embed = new URL('embed.js', base).href;
  document.getElementById('snippet-script').value =
    `<script type="module" src="${embed}"></script>\n<div data-lich${attrs('data-')}>${inside}</div>`;
  document.getElementById('snippet-element').value =
    `<script type="module" src="${embed}"></script>\n<lich-calendar${attrs('')}>${inside}</lich-calendar>`;
  // The address of embed.html never chooses the data, the feed nor whose
  // days off are shown: they go into the page's own <meta name="lich:src">,
  // "lich:feed", "lich:who" (a copy of embed.html).
  const frame = new URL('embed.html', base);
  const pageOnly = ['src', 'data', 'feed', 'who'];
  for (const [k, v] of Object.entries(o)) if (!pageOnly.includes(k)) frame.searchParams.set(k, v);
  const metas = ['src', 'feed', 'who'].filter((k) => o[k]).map((k) => `<meta name="lich:${k}" content="${escape(o[k])}">`);
  const note = metas.length
    ? `\n<!-- Sao chép embed.html thành trang riêng và thêm vào <head>: ${metas.join(' ')} -->`
    : '';
  // The plugin's shortcode takes the same options (src only on the site
  // itself); WordPress reads its attributes as they are, so what would end
  // one (a quote, a bracket) is percent-encoded, as in an address.
  const shortcode = Object.entries(o).map(([k, v]) => ` ${k}="${v.replace(/["[\]<>]/g, encodeURIComponent)}"`).join('');
  document.getElementById('snippet-wordpress').value = `[lich${shortcode}]`;
  document.getElementById('snippet-iframe').value =
    `<iframe src="${frame.href}" title="Lịch âm dương" data-lich-frame width="100%" height="700"></iframe>\n<script src="${new URL('lich-iframe.js', base).href}" defer></script>${note}`;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
