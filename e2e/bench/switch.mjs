// One month switch as the page benches measure it: PageDown on the focused
// day of the page's first widget (or of the element `host` names: a
// vanilla peer's table, which has no shadow root), until the next frame is
// painted, with the main thread's time in it from Chromium's own counters
// (CDP Performance.getMetrics, which `cdp` must have enabled): script, style
// and layout, and `task`, everything the main thread ran.
export async function monthSwitch(page, cdp, host = '[data-lich]') {
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const wall = await page.evaluate((host) => new Promise((done) => {
    const root = document.querySelector(host).shadowRoot ?? document;
    const cell = root.activeElement?.closest('td') ?? root.querySelector('td[tabindex="0"]');
    const t0 = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    // The next frame: a task queued from requestAnimationFrame runs after it is painted.
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
  }), host);
  const after = await metrics();
  const ms = (name) => (after[name] - before[name]) * 1000;
  return { wall, script: ms('ScriptDuration'), style: ms('RecalcStyleDuration') + ms('LayoutDuration'), task: ms('TaskDuration') };
}
