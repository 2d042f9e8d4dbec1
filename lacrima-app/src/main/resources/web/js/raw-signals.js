// The session's raw signals with the beats, pulses and breaths the analysis detected. The server reads
// the stored recording again and sends the window in view shrunk to the screen's width (min/max per
// pixel, as the CLI report does); zooming any chart asks for the narrower window, so detail appears.
const RawSignals = (() => {
  let base = null, target = null, status = null, timer = null, asked = 0, drawn = false;

  function points() { return Math.round(Math.min(4000, Math.max(200, (target.clientWidth || 900) * 2))); }

  function ask(from, to) {
    const q = new URLSearchParams({ points: points() });
    if (from !== undefined) { q.set('fromSec', from.toFixed(3)); q.set('toSec', to.toFixed(3)); }
    return Api.get(base + '/signals?' + q);
  }

  function mark(window) {
    target.dataset.window = clock(window.fromSec) + '–' + clock(window.toSec);
    target.dataset.windowSec = (window.toSec - window.fromSec).toFixed(1);
  }

  async function show(sessionBase, doc, into, statusLine) {
    base = sessionBase; target = into; status = statusLine; drawn = false;
    clearTimeout(timer);
    const mine = ++asked;
    status.textContent = 'Reading the recording…';
    try {
      const window = await ask();
      if (mine !== asked) return;
      if (!window.traces.length) { status.textContent = 'This recording holds no raw signal to draw.'; return; }
      Charts.raw(target, window, doc);
      drawn = true;
      mark(window);
      const range = Charts.range();
      if (range && (range[0] > window.fromSec || range[1] < window.toSec)) zoomed(range[0], range[1]);
      status.textContent = 'Drag across any chart to zoom in; detected beats, pulses and breaths are marked ▼ once they can be told apart.';
    } catch (e) {
      if (mine === asked) status.textContent = 'The raw signals could not be shown: ' + e.message;
    }
  }

  // Called whenever the charts' time range changes (also as they are first drawn); asks once the zooming
  // has settled. Before the first window is drawn, show() itself catches up with the range in view.
  function zoomed(from, to) {
    if (!drawn) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const window = await ask(from, to);
        if (mine !== asked) return;
        Charts.updateRaw(window);
        mark(window);
      } catch (e) {
        if (mine === asked) status.textContent = 'The raw signals could not be shown: ' + e.message;
      }
    }, 250);
  }

  return { show, zoomed };
})();
