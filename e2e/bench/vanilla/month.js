// The "vanilla" peer of issue 17: the month table a site would write by hand
// around a JavaScript lunar library instead of embedding Lịch. Built by
// e2e/bench/vanilla.mjs with esbuild, once per library, into one minified
// module each. It draws what such pages draw: a caption, weekday heads, 42
// cells with the solar day and the lunar day (the lunar month on its first
// day and on the grid's first cell), today's and other months' cells set
// apart by a class, one cell in the tab order (roving tabindex), and
// PageDown / PageUp / arrows to move. It has no accessible names, no marks
// of days off or flags, no details, no data layers — less than the widget
// draws, which the README says beside every ratio.
//
// `mount(el, toLunar)`: toLunar(day, month, year) → [lunarDay, lunarMonth, leap].
// It fires `peer:ready` on the document when the first month is drawn.
const HEADS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const DAY = 86_400_000;

export function mount(el, toLunar) {
  const url = new URL(location.href);
  const start = (url.searchParams.get('month') ?? '2024-02').split('-').map(Number);
  let year = start[0];
  let month = start[1];
  let focus = 1; // day of the month that holds the tabindex

  const table = document.createElement('table');
  const caption = table.createCaption();
  const head = table.createTHead().insertRow();
  for (const h of HEADS) head.appendChild(document.createElement('th')).textContent = h;
  const body = table.createTBody();
  const cells = [];
  for (let r = 0; r < 6; r++) {
    const row = body.insertRow();
    for (let c = 0; c < 7; c++) {
      const td = row.insertCell();
      const solar = td.appendChild(document.createElement('b'));
      const lunar = td.appendChild(document.createElement('small'));
      cells.push({ td, solar, lunar });
    }
  }
  el.appendChild(table);

  let first = 0; // the grid's first day, ms since the epoch (UTC)
  function draw() {
    caption.textContent = `Tháng ${month} năm ${year}`;
    const firstOfMonth = Date.UTC(year, month - 1, 1);
    const weekday = (new Date(firstOfMonth).getUTCDay() + 6) % 7; // Monday first
    first = firstOfMonth - weekday * DAY;
    const today = new Date();
    const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    for (let i = 0; i < 42; i++) {
      const t = first + i * DAY;
      const d = new Date(t);
      const [dd, mm, yy] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
      const [ld, lm, leap] = toLunar(dd, mm, yy);
      const cell = cells[i];
      cell.solar.textContent = dd;
      cell.lunar.textContent = ld === 1 || i === 0 ? `${ld}/${lm}${leap ? 'N' : ''}` : ld;
      const inMonth = mm === month;
      cell.td.className = (inMonth ? '' : 'other') + (t === todayUtc ? ' today' : '');
      cell.td.tabIndex = inMonth && dd === focus ? 0 : -1;
    }
  }
  function place(dayOfMonth) {
    const i = Math.round((Date.UTC(year, month - 1, dayOfMonth) - first) / DAY);
    return cells[i].td;
  }
  function go(months, dayOfMonth) {
    const m = year * 12 + (month - 1) + months;
    year = Math.floor(m / 12);
    month = (m % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    focus = Math.min(Math.max(dayOfMonth, 1), last);
    draw();
    place(focus).focus();
  }
  table.addEventListener('keydown', (e) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
    if (e.key === 'PageDown') go(1, focus);
    else if (e.key === 'PageUp') go(-1, focus);
    else if (step && focus + step >= 1 && focus + step <= last) {
      place(focus).tabIndex = -1;
      focus += step;
      const td = place(focus);
      td.tabIndex = 0;
      td.focus();
    } else if (step) {
      const target = new Date(Date.UTC(year, month - 1, focus) + step * DAY);
      year = target.getUTCFullYear();
      month = target.getUTCMonth() + 1;
      focus = target.getUTCDate();
      draw();
      place(focus).focus();
    } else return;
    e.preventDefault();
  });
  draw();
  document.dispatchEvent(new Event('peer:ready'));
}
