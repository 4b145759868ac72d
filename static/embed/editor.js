// Lịch — the notice desk (editor.html): a notice's text → a draft schedule
// → corrected and confirmed in forms → previewed in the widget → downloaded
// as the schedule file, its .ics and the snippet that shows it.
//
// What notices, calendars and the format mean is all in the desk module
// (crates/lich-notice/src/desk.rs, a plain wasm library this page alone
// loads): it drafts, checks the file and words its problems, writes the
// .ics and gives lunar dates. This script only draws the forms and keeps
// the file being written as an object. Nothing is sent anywhere: the
// preview reads the file from a blob: address of this page.

const DESK = new URL('./__LICH_DESK__', import.meta.url).href;

// The page's words (Vietnamese; the page is for agency staff).
const KINDS = {
  day_off: 'Ngày nghỉ',
  make_up_workday: 'Ngày làm bù',
  flag: 'Treo cờ',
  duty: 'Trực',
  deadline: 'Hạn chót',
  report: 'Báo cáo',
  holiday: 'Ngày lễ',
  festival: 'Lễ hội',
  observance: 'Ngày kỷ niệm',
  service: 'Lịch phục vụ (tạm dừng, tiếp nhận trở lại)',
};
const EDITABLE_KINDS = ['day_off', 'make_up_workday', 'flag', 'duty', 'deadline', 'report', 'service'];
// What a kind needs when an event is changed to it.
const KIND_DEFAULTS = { day_off: { day_off_reason: 'holiday' }, report: { report_phase: 'before' } };
const KIND_FIELDS = ['day_off_reason', 'duty_types', 'hours', 'due_to', 'channels', 'report_phase', 'daily', 'makes_up'];

const $ = (id) => document.getElementById(id);

// ---- The desk module ----
let exports;
async function desk() {
  if (exports) return exports;
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(fetch(DESK), {}));
  } catch {
    const bytes = await (await fetch(DESK)).arrayBuffer();
    ({ instance } = await WebAssembly.instantiate(bytes, {}));
  }
  exports = instance.exports;
  // The audience and channel codes with the catalogue's names, for the pickers.
  const codes = JSON.parse(await answerOf(exports, 'codes', ''));
  const named = (pairs) => pairs.map(([id, name]) => ({ id, name }));
  state.groups = named(codes.who);
  state.channels = named(codes.channels);
  return exports;
}
async function call(name, text) {
  return answerOf(await desk(), name, text);
}
async function answerOf(x, name, text) {
  const bytes = new TextEncoder().encode(text);
  const input = x.desk_alloc(bytes.length);
  new Uint8Array(x.memory.buffer, input, bytes.length).set(bytes);
  const output = x[`desk_${name}`](input, bytes.length, BigInt(Math.floor(Date.now() / 1000)));
  const length = new DataView(x.memory.buffer).getUint32(output, true);
  const answer = new TextDecoder().decode(new Uint8Array(x.memory.buffer, output + 4, length));
  x.desk_free(output, length + 4);
  return answer;
}

// ---- State ----
const state = {
  text: '', // the notice, as the desk read it (its spans index this)
  facts: [], // {item, id, start, end}
  schedule: null, // the file being written
  original: null, // the text of a file opened, while nothing is changed
  checked: null, // the desk's last answer on the file
  groups: [], // the audience codes and their names: {id, name}
  channels: [], // how what is due is sent: {id, name}
  previewUrl: null,
};

function say(text) {
  $('status').textContent = text;
}

// ---- Reading a notice, opening a file ----
$('read').addEventListener('click', async () => {
  const text = $('notice').value;
  if (!text.trim()) {
    say('Chưa có nội dung: dán văn bản vào ô trên rồi bấm Đọc văn bản.');
    $('notice').focus();
    return;
  }
  say('Đang đọc văn bản…');
  const d = JSON.parse(await call('draft', text));
  state.text = d.text;
  state.facts = d.facts;
  state.schedule = d.schedule;
  state.original = null;
  showFindings(d.findings);
  const s = d.schedule;
  say(`Đã đọc: ${(s.events ?? []).length} mục lịch, ${(s.documents ?? []).length} văn bản, ${(s.contacts ?? []).length} liên hệ. Mỗi mục ghi "chưa đối chiếu" cho đến khi bạn đánh dấu đã đối chiếu.`);
  await rebuild();
});

// Another notice into the file being written: an agency keeps one file
// for its notices, so each new one is added to it (the desk module merges).
$('add-notice').addEventListener('click', async () => {
  const text = $('notice').value;
  if (!text.trim() || !state.schedule) {
    say('Chưa có nội dung: dán văn bản cần thêm vào ô trên.');
    $('notice').focus();
    return;
  }
  const before = (state.schedule.events ?? []).length;
  const d = JSON.parse(await call('add', JSON.stringify({ file: state.schedule, notice: text })));
  if (d.problems) {
    say(`Tệp đang soạn còn ${d.problems} lỗi: sửa xong các lỗi (xem danh sách bên dưới) rồi thêm văn bản.`);
    return;
  }
  state.text = d.text;
  state.facts = d.facts;
  state.schedule = d.schedule;
  state.original = null;
  showFindings(d.findings);
  say(`Đã thêm ${(d.schedule.events ?? []).length - before} mục lịch từ văn bản mới; tệp có ${(d.schedule.events ?? []).length} mục lịch, ${(d.schedule.documents ?? []).length} văn bản, ${(d.schedule.contacts ?? []).length} liên hệ.`);
  await rebuild();
});

$('open').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  const text = await file.text();
  const checked = JSON.parse(await call('file', text));
  if (!checked.ok) {
    say(`Tệp ${file.name} chưa mở được: ${checked.problems.length} lỗi (xem bên dưới).`);
    state.schedule = null;
    showProblems(checked.problems);
    $('review').hidden = false;
    return;
  }
  state.text = '';
  state.facts = [];
  state.schedule = JSON.parse(text);
  state.original = text;
  showFindings([]);
  say(`Đã mở ${file.name}: ${checked.events} mục lịch, ${checked.documents} văn bản, ${checked.contacts} liên hệ.`);
  await rebuild();
});

function showFindings(findings) {
  const list = $('finding-list');
  list.replaceChildren(...findings.map((f) => {
    const li = document.createElement('li');
    li.textContent = `Dòng ${f.line}: «${f.quote}» — ${f.vi} `;
    const span = quoted(f.quote, f.line);
    if (span) li.append(button('Xem trong văn bản', () => showSpan(span)));
    return li;
  }));
  $('findings').hidden = findings.length === 0;
}

// Where a finding's words are in the notice: from its line on, with any
// run of spaces or line breaks between the words (a finding quotes them
// on one line).
function quoted(quote, line) {
  const from = state.text.split('\n').slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(state.text.slice(from));
  return m && { start: from + m.index, end: from + m.index + m[0].length };
}

function showProblems(problems) {
  const list = $('problem-list');
  list.replaceChildren(...problems.map((p) => {
    const li = document.createElement('li');
    li.textContent = `${label(p.path)}: ${p.vi}`;
    return li;
  }));
  $('problems').hidden = problems.length === 0;
  for (const el of document.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const p of problems) {
    const field = document.querySelector(`[data-path="${CSS.escape(p.path)}"]`);
    if (field) field.setAttribute('aria-invalid', 'true');
  }
}

// "$.events[2].title" → "Mục 3, Tiêu đề", as the forms name it.
function label(path) {
  const m = /^\$\.(events|documents|contacts)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!m) return FILE_FIELDS[path] ?? path;
  const what = { events: 'Mục lịch', documents: 'Văn bản', contacts: 'Liên hệ' }[m[1]];
  const field = m[3] ? `, ${FIELD_NAMES[m[3]] ?? m[3]}` : '';
  return `${what} ${Number(m[2]) + 1}${field}`;
}
const FILE_FIELDS = {
  $: 'Tệp lịch', '$.title': 'Tên lịch', '$.id': 'Mã tệp', '$.publisher.agency': 'Cơ quan đăng lịch',
  '$.publisher.province': 'Tỉnh, thành phố', '$.updated': 'Ngày cập nhật', '$.focus': 'Ngày mở lịch',
};
const FIELD_NAMES = {
  title: 'Tiêu đề', date: 'Ngày', from: 'Từ ngày', to: 'Đến ngày', number: 'Số hiệu', issuer: 'Cơ quan ban hành',
  subject: 'Trích yếu', status: 'Hiệu lực', supersedes: 'Thay thế văn bản', relays: 'Thực hiện, chuyển tiếp văn bản', name: 'Tên', phone: 'Điện thoại', email: 'Email', audience: 'Đối tượng', sources: 'Văn bản căn cứ',
  description: 'Nội dung', contacts: 'Người liên hệ', undated: 'Ghi chú', kind: 'Loại', time: 'Giờ', who: 'Của ai', due_to: 'Gửi về', channels: 'Gửi qua', daily: 'Hằng ngày', makes_up: 'Làm bù cho ngày nghỉ', begins: 'Bắt đầu từ buổi',
};

// ---- The forms ----
let uid = 0;
function field(labelText, input, path) {
  const id = `f${uid++}`;
  const wrap = document.createElement('div');
  wrap.className = 'desk-field';
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = labelText;
  input.id = id;
  if (path) input.dataset.path = path;
  wrap.append(l, input);
  return wrap;
}
function text(value, onInput, { multiline = false, placeholder = '' } = {}) {
  const el = document.createElement(multiline ? 'textarea' : 'input');
  if (!multiline) el.type = 'text';
  else el.rows = 2;
  el.value = value ?? '';
  if (placeholder) el.placeholder = placeholder;
  el.addEventListener('input', () => { onInput(el.value); changed(); });
  return el;
}
// "trước 09 giờ 00": the time it falls due (the .ics shows it at that time).
function timeField(e, path) {
  const t = document.createElement('input');
  t.type = 'time';
  t.value = e.time ?? '';
  t.addEventListener('input', () => { if (t.value) e.time = t.value.slice(0, 5); else delete e.time; changed(); });
  return field('Giờ (nếu văn bản ghi, ví dụ trước 09 giờ 00)', t, `${path}.time`);
}
function dateInput(value, onInput) {
  const el = document.createElement('input');
  el.type = 'date';
  el.min = '1800-01-01';
  el.max = '2399-12-31';
  el.value = value ?? '';
  const lunar = document.createElement('output');
  lunar.className = 'desk-lunar';
  const show = async () => { lunar.textContent = el.value ? `Âm lịch: ${await call('lunar', el.value)}` : ''; };
  el.addEventListener('change', () => { onInput(el.value); show(); changed(); });
  show();
  return [el, lunar];
}
function button(textContent, onClick, className = 'desk-small') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = textContent;
  b.addEventListener('click', onClick);
  return b;
}
// The Vietnamese of a text field ({vi, en} or a plain string).
const vi = (t) => (t && typeof t === 'object' ? t.vi : t) ?? '';
const setVi = (obj, key, value) => {
  if (obj[key] && typeof obj[key] === 'object') obj[key].vi = value;
  else obj[key] = value;
};

function spanOf(kind, id) {
  const item = { events: 'event', documents: 'document', contacts: 'contact' }[kind];
  return state.facts.find((f) => f.item === item && f.id === id);
}
function showSpan(span) {
  const source = $('source');
  const before = document.createTextNode(state.text.slice(0, span.start));
  const mark = document.createElement('mark');
  mark.textContent = state.text.slice(span.start, span.end);
  const after = document.createTextNode(state.text.slice(span.end));
  source.replaceChildren(before, mark, after);
  mark.scrollIntoView({ block: 'center' });
}

function groupHeading(textContent) {
  const h = document.createElement('h3');
  h.textContent = textContent;
  return h;
}

function fieldset(legendText, path, id, kind) {
  const fs = document.createElement('fieldset');
  fs.className = 'desk-item';
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  fs.append(legend);
  const span = id && spanOf(kind, id);
  if (span) fs.append(button('Xem trong văn bản', () => showSpan(span)));
  fs.dataset.path = path;
  return fs;
}

function rebuildForms() {
  const s = state.schedule;
  const form = $('facts');
  const parts = [];
  // The file itself.
  const file = fieldset('Thông tin chung của tệp lịch', '$');
  file.append(
    field('Tên lịch', text(vi(s.title), (v) => setVi(s, 'title', v)), '$.title'),
    field('Mã tệp (chữ thường không dấu, số, dấu gạch)', text(s.id, (v) => { s.id = v; }), '$.id'),
    field('Cơ quan đăng lịch', text(s.publisher?.agency, (v) => { s.publisher = { ...s.publisher, agency: v }; }), '$.publisher.agency'),
    field('Tỉnh, thành phố', text(s.publisher?.province, (v) => {
      s.publisher = { ...s.publisher, province: v };
      if (!v) delete s.publisher.province;
    }), '$.publisher.province'),
  );
  parts.push(file);

  parts.push(groupHeading(`Mục lịch (${(s.events ?? []).length})`));
  (s.events ?? []).forEach((e, i) => parts.push(eventForm(e, i)));
  parts.push(adder('Thêm mục lịch', 'events', () => ({
    id: newId('muc'), kind: 'deadline', title: '', date: '',
    // What the notice decides has the notice behind it (the first document).
    ...(s.documents?.length ? { sources: [s.documents[0].id] } : {}),
  })));
  parts.push(groupHeading(`Văn bản (${(s.documents ?? []).length})`));
  (s.documents ?? []).forEach((d, i) => parts.push(documentForm(d, i)));
  parts.push(adder('Thêm văn bản', 'documents', () => ({ id: newId('van-ban'), number: '', issuer: '', subject: '' })));
  parts.push(groupHeading(`Liên hệ (${(s.contacts ?? []).length})`));
  (s.contacts ?? []).forEach((c, i) => parts.push(contactForm(c, i)));
  parts.push(adder('Thêm liên hệ', 'contacts', () => ({ id: newId('lien-he'), name: '' })));
  form.replaceChildren(...parts);
}

// A button that adds an empty item to a list of the file and puts the
// focus on its first field; the checks then say what it still needs.
function adder(textContent, list, make) {
  return button(textContent, () => {
    const s = state.schedule;
    s[list] = [...(s[list] ?? []), make()];
    changed(true);
    const forms = $('facts').querySelectorAll(`fieldset.desk-item[data-path^="$.${list}["]`);
    forms[forms.length - 1]?.querySelector('input, select, textarea')?.focus();
  });
}

// An id no item of the file has yet: "muc-3".
function newId(prefix) {
  const s = state.schedule;
  const taken = new Set([...(s.events ?? []), ...(s.documents ?? []), ...(s.contacts ?? [])].map((x) => x.id));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

// A group of check boxes that picks ids from a list of the file (the
// documents behind an event, the people to call about it).
function picker(legendText, items, name, chosen, onChange, path) {
  // chosen() is read at each change: the boxes share one list.
  const fs = document.createElement('fieldset');
  fs.className = 'desk-picks';
  fs.dataset.path = path;
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  fs.append(legend);
  if (!items.length) {
    const none = document.createElement('p');
    none.textContent = 'Chưa có: thêm ở dưới rồi chọn tại đây.';
    fs.append(none);
  }
  for (const item of items) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = chosen().includes(item.id);
    box.addEventListener('change', () => {
      const now = chosen().filter((x) => x !== item.id);
      onChange(box.checked ? [...now, item.id] : now);
      changed();
    });
    const l = document.createElement('label');
    l.append(box, ` ${name(item)}`);
    fs.append(l);
  }
  return fs;
}

// How an event's days are given: one day, several days in a row, or none
// (the notice gives no date).
const SHAPES = { date: 'Một ngày', range: 'Nhiều ngày liền (từ ngày … đến hết ngày …)', undated: 'Văn bản không ghi ngày' };
function shapeOf(e) {
  if (e.from !== undefined || e.to !== undefined) return 'range';
  if (e.undated !== undefined) return 'undated';
  return 'date';
}
function reshape(e, shape) {
  const first = e.date || e.from || '';
  const last = e.to || first;
  for (const key of ['date', 'from', 'to', 'undated']) delete e[key];
  // A time of day belongs to one date, or to each day of a daily report;
  // a daily report is a range or undated.
  if (shape !== 'date' && !e.daily) delete e.time;
  if (shape === 'date') delete e.daily;
  if (shape === 'undated') delete e.begins;
  if (shape === 'date') e.date = first;
  else if (shape === 'range') Object.assign(e, { from: first, to: last });
  else e.undated = 'Văn bản không ghi ngày.';
}

function eventForm(e, i) {
  const path = `$.events[${i}]`;
  const fs = fieldset(`${i + 1}. ${KINDS[e.kind] ?? e.kind}: ${vi(e.title)}`, path, e.id, 'events');
  const kinds = EDITABLE_KINDS.includes(e.kind) ? EDITABLE_KINDS : [e.kind, ...EDITABLE_KINDS];
  const kind = select(kinds.map((k) => [k, KINDS[k]]), e.kind, (v) => {
    for (const f of KIND_FIELDS) delete e[f];
    e.kind = v;
    Object.assign(e, KIND_DEFAULTS[e.kind] ?? {});
  }, { redraw: true });
  fs.append(field('Loại', kind, `${path}.kind`));
  fs.append(field('Tiêu đề', text(vi(e.title), (v) => setVi(e, 'title', v)), `${path}.title`));
  const shape = select(Object.entries(SHAPES), shapeOf(e), (v) => reshape(e, v), { redraw: true });
  fs.append(field('Thời gian', shape));
  if (e.date !== undefined) {
    const [d, lunar] = dateInput(e.date, (v) => { e.date = v; });
    fs.append(field('Ngày', d, `${path}.date`), lunar);
    fs.append(timeField(e, path));
  } else if (e.from !== undefined) {
    const [a, la] = dateInput(e.from, (v) => { e.from = v; });
    const [b, lb] = dateInput(e.to, (v) => { e.to = v; });
    fs.append(field('Từ ngày', a, `${path}.from`), la, field('Đến hết ngày', b, `${path}.to`), lb);
  } else if (e.undated !== undefined) {
    fs.append(field('Văn bản không ghi ngày; ghi chú', text(vi(e.undated), (v) => setVi(e, 'undated', v)), `${path}.undated`));
  }
  // "từ chiều ngày 01/9": the part of its first day it begins in.
  if (e.date !== undefined || e.from !== undefined) {
    fs.append(field('Bắt đầu từ buổi (nếu văn bản ghi)', select([['', '(không ghi)'], ['morning', 'sáng'], ['afternoon', 'chiều'], ['evening', 'tối']],
      e.begins ?? '', (v) => { if (v) e.begins = v; else delete e.begins; }), `${path}.begins`));
  }
  fs.append(field('Đối tượng (mỗi dòng một nhóm)', text((e.audience ?? []).join('\n'), (v) => {
    e.audience = v.split('\n').map((x) => x.trim()).filter(Boolean);
    if (!e.audience.length) delete e.audience;
  }, { multiline: true }), `${path}.audience`));
  fs.append(field('Nội dung (như văn bản ghi)', text(vi(e.description), (v) => {
    if (v.trim()) setVi(e, 'description', v);
    else delete e.description;
  }, { multiline: true }), `${path}.description`));
  const s = state.schedule;
  const list = (key) => (ids) => { if (ids.length) e[key] = ids; else delete e[key]; };
  fs.append(picker('Văn bản căn cứ', s.documents ?? [], (d) => `${d.number || '(chưa có số)'} — ${vi(d.subject) || d.issuer}`,
    () => e.sources ?? [], list('sources'), `${path}.sources`));
  fs.append(picker('Người liên hệ', s.contacts ?? [], (c) => vi(c.name) || '(chưa có tên)',
    () => e.contacts ?? [], list('contacts'), `${path}.contacts`));
  // Whom it concerns, as the codes the widget chooses by: a school break
  // ticked "học sinh" is not shown as a day off on an agency's page.
  fs.append(picker('Của ai (để trống: mọi người)', state.groups, (g) => g.name,
    () => e.who ?? [], list('who'), `${path}.who`));
  // What is due: to whom and how it is sent ("gửi về Văn phòng UBND tỉnh qua email").
  if (e.kind === 'deadline' || e.kind === 'report') {
    fs.append(field('Gửi về (cơ quan, bộ phận nhận)', text(e.due_to, (v) => {
      if (v.trim()) e.due_to = v.trim();
      else delete e.due_to;
    }), `${path}.due_to`));
    fs.append(picker('Gửi qua', state.channels, (c) => c.name, () => e.channels ?? [], list('channels'), `${path}.channels`));
  }
  // "làm bù thứ Bảy 10/01 cho thứ Sáu 02/01": the swapped day it makes up for.
  if (e.kind === 'make_up_workday') {
    const offs = (state.schedule.events ?? []).filter((x) => x.kind === 'day_off');
    const when = (x) => x.date ?? (x.from ? `${x.from} – ${x.to}` : 'không ghi ngày');
    fs.append(field('Làm bù cho ngày nghỉ', select([['', '(không ghi)'], ...offs.map((x) => [x.id, `${vi(x.title)} (${when(x)})`])],
      e.makes_up ?? '', (v) => { if (v) e.makes_up = v; else delete e.makes_up; }), `${path}.makes_up`));
  }
  // "báo cáo hằng ngày trước 16 giờ": due each day of its range, at its time.
  if (e.kind === 'report') {
    const daily = document.createElement('input');
    daily.type = 'checkbox';
    daily.checked = e.daily === true;
    daily.dataset.path = `${path}.daily`;
    daily.addEventListener('change', () => {
      if (daily.checked) e.daily = true;
      else delete e.daily;
      changed(true);
    });
    const l = document.createElement('label');
    l.className = 'desk-confirm';
    l.append(daily, ' Báo cáo hằng ngày (mỗi ngày trong khoảng ngày trên)');
    fs.append(l);
    if (e.daily && e.date === undefined) fs.append(timeField(e, path));
  }
  const confirm = document.createElement('input');
  confirm.type = 'checkbox';
  confirm.checked = (e.confidence ?? 'confirmed') === 'confirmed';
  confirm.addEventListener('change', () => {
    if (confirm.checked) delete e.confidence;
    else e.confidence = 'unverified';
    changed();
  });
  const c = document.createElement('label');
  c.className = 'desk-confirm';
  c.append(confirm, ' Đã đối chiếu với văn bản');
  fs.append(c, button('Bỏ mục này', () => {
    state.schedule.events.splice(i, 1);
    changed(true);
  }));
  return fs;
}

function documentForm(d, i) {
  const path = `$.documents[${i}]`;
  const fs = fieldset(`Văn bản ${d.number || '(chưa có số)'}`, path, d.id, 'documents');
  fs.append(
    field('Số hiệu', text(d.number, (v) => { d.number = v; }), `${path}.number`),
    field('Cơ quan, người ban hành', text(d.issuer, (v) => { d.issuer = v; }), `${path}.issuer`),
    field('Ngày ban hành (năm-tháng-ngày, hoặc năm-tháng; để trống nếu không biết)', text(d.date, (v) => {
      if (v.trim()) d.date = v.trim();
      else delete d.date;
    }, { placeholder: '2024-01-31' }), `${path}.date`),
    field('Trích yếu', text(vi(d.subject), (v) => setVi(d, 'subject', v), { multiline: true }), `${path}.subject`),
  );
  // Its standing, and what it says of the file's other documents: the
  // widget shows nothing that only a replaced or withdrawn notice says.
  const status = select([['in_force', 'Còn hiệu lực'], ['withdrawn', 'Đã thu hồi, bãi bỏ (không hiển thị các mục của văn bản này)']],
    d.status ?? 'in_force', (v) => { if (v === 'in_force') delete d.status; else d.status = v; });
  fs.append(field('Hiệu lực', status, `${path}.status`));
  const others = (state.schedule.documents ?? []).filter((x) => x !== d);
  const line = (x) => `${x.number || '(chưa có số)'} — ${vi(x.subject) || x.issuer}`;
  fs.append(picker('Thay thế văn bản (các mục của văn bản bị thay thế không hiển thị)', others, line,
    () => d.supersedes ?? [], (ids) => { if (ids.length) d.supersedes = ids; else delete d.supersedes; }, `${path}.supersedes`));
  const relays = select([['', '(không)'], ...others.map((x) => [x.id, line(x)])], d.relays ?? '',
    (v) => { if (v) d.relays = v; else delete d.relays; });
  fs.append(field('Thực hiện, chuyển tiếp văn bản', relays, `${path}.relays`));
  return fs;
}

// A drop-down of [value, words] pairs; `redraw` when a choice changes the
// form's fields (the kind, the shape of the dates).
function select(options, value, onChange, { redraw = false } = {}) {
  const el = document.createElement('select');
  for (const [v, words] of options) {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = words;
    el.append(o);
  }
  el.value = value;
  el.addEventListener('change', () => { onChange(el.value); changed(redraw); });
  return el;
}

function contactForm(c, i) {
  const path = `$.contacts[${i}]`;
  const fs = fieldset(`Liên hệ: ${vi(c.name)}`, path, c.id, 'contacts');
  const optional = (key) => (v) => { if (v.trim()) c[key] = v.trim(); else delete c[key]; };
  fs.append(
    field('Tên, chức vụ hoặc bộ phận', text(vi(c.name), (v) => setVi(c, 'name', v)), `${path}.name`),
    field('Điện thoại', text(c.phone, optional('phone')), `${path}.phone`),
    field('Email', text(c.email, optional('email')), `${path}.email`),
  );
  return fs;
}

// ---- Checking, preview, downloads ----
let pending;
function changed(redraw = false) {
  state.original = null; // the file is no longer the one opened
  if (redraw) rebuildForms();
  clearTimeout(pending);
  pending = setTimeout(check, 250);
}

async function rebuild() {
  $('review').hidden = false;
  $('add-notice').hidden = !state.schedule;
  $('source').textContent = state.text || '(tệp mở từ máy: không có văn bản đi kèm)';
  rebuildForms();
  await check();
}

async function check() {
  clearTimeout(pending);
  pending = undefined;
  const s = state.schedule;
  if (!s) return;
  const checked = JSON.parse(await call('file', JSON.stringify(s)));
  state.checked = checked;
  showProblems(checked.ok ? [] : checked.problems);
  $('preview-box').hidden = !checked.ok;
  $('publish').hidden = !checked.ok;
  if (!checked.ok) return;
  const unverified = (s.events ?? []).filter((e) => e.confidence === 'unverified').length;
  $('where').textContent = `Đặt tệp ${checked.id}.json lên máy chủ của trang, ví dụ tại /lich/${checked.id}.json (cùng tên miền với trang hiện lịch).${unverified ? ` Còn ${unverified} mục chưa đối chiếu: lịch ghi rõ các mục đó là chưa xác minh.` : ''}`;
  $('snippet').value = `<script type="module" src="${new URL('./embed.js', location.href).href}"></script>\n<lich-calendar src="/lich/${checked.id}.json"${checked.focus ? ` month="${checked.focus.slice(0, 7)}"` : ''}></lich-calendar>`;
  // The widget reads the file from this page, over the national layer.
  const url = URL.createObjectURL(new Blob([checked.json], { type: 'application/json' }));
  const preview = $('preview');
  if (checked.focus) preview.setAttribute('month', checked.focus.slice(0, 7));
  preview.setAttribute('src', url);
  if (state.previewUrl) setTimeout(URL.revokeObjectURL, 5000, state.previewUrl);
  state.previewUrl = url;
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(URL.revokeObjectURL, 10000, url);
}

// A download right after an edit waits for the edit's check, so that the
// file given is the one on screen.
const settled = async () => { if (pending !== undefined) await check(); };
$('save-json').addEventListener('click', async () => {
  await settled();
  const c = state.checked;
  if (!c?.ok) return;
  // A file opened and not changed is given back byte for byte.
  download(`${c.id}.json`, 'application/json', state.original ?? c.json);
  say(`Đã tải ${c.id}.json.`);
});
$('save-ics').addEventListener('click', async () => {
  await settled();
  const c = state.checked;
  if (!c?.ok) return;
  const ics = await call('ics', c.json);
  if (!ics) {
    say('Tệp chưa có mục nào có ngày, nên chưa có gì để đưa vào .ics.');
    return;
  }
  download(`${c.id}.ics`, 'text/calendar', ics);
  say(`Đã tải ${c.id}.ics.`);
});
