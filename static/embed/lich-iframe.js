// Lịch — optional helper for pages that embed the calendar in an iframe:
//   <iframe src=".../embed.html?month=2024-02" title="Lịch" data-lich-frame></iframe>
//   <script src=".../lich-iframe.js" defer></script>
// Each framed calendar posts its height; this sets the frame to it.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'lich:height' || !Number.isFinite(data.height)) return;
  const height = Math.max(100, Math.min(20000, Math.round(data.height)));
  for (const frame of document.querySelectorAll('iframe[data-lich-frame]')) {
    if (frame.contentWindow === event.source) frame.style.height = height + 'px';
  }
});
