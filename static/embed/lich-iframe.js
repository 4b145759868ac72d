// Lịch — optional helper for pages that embed the calendar in an iframe:
//   <iframe src=".../embed.html?month=2024-02" title="Lịch" data-lich-frame></iframe>
//   <script src=".../lich-iframe.js" defer></script>
// Each framed calendar posts its height; this sets the frame to it. A
// message counts only if it comes from one of the page's own calendar
// frames (its window) and from that frame's origin; the helper says hello
// first, so the frame knows which origin to answer.
const frames = () => [...document.querySelectorAll('iframe[data-lich-frame]')];
const originOf = (frame) => {
  try { return new URL(frame.src, location.href).origin; } catch { return null; }
};

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'lich:height' || !Number.isFinite(data.height)) return;
  const height = Math.max(100, Math.min(20000, Math.round(data.height)));
  for (const frame of frames()) {
    if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
      frame.style.height = height + 'px';
    }
  }
});

// A frame is a block of the page's width without the browser's border
// (set from script: a strict CSP allows that, not a style attribute), so
// it sits in the content column like the other two forms.
function fit(frame) {
  Object.assign(frame.style, { display: 'block', border: '0', width: '100%' });
}

function hello(frame) {
  const origin = originOf(frame);
  if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: 'lich:hello' }, origin);
}
for (const frame of frames()) {
  fit(frame);
  frame.addEventListener('load', () => hello(frame));
  hello(frame);
}
