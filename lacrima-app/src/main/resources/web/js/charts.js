// uPlot charts for the session and client pages (uPlot is served from its webjar, never a CDN). Colours
// and names are the CLI report's (lacrima.css and vocabulary.json, see vocabulary.js). Every chart is
// followed by a "Show the data" button that opens the same numbers as a table, for keyboard and
// screen-reader users and for anyone who wants the figures.
const Charts = (() => {
  const C = (name, fallback) => Vocabulary.colour(name, fallback);
  const OUTCOMES = ['resolved', 'sustained', 'subsided'];
  const ORDER = ['S', 'P', 'hr', 'rsa', 'scl', 'scrRate', 'breathingRate', 'irregularity'];
  const TIME_STEPS_SEC = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
  const TABLE_ROWS = 120;
  // A4 portrait is about 700 CSS pixels wide inside its margins.
  const PRINT_WIDTH = 680;
  let plots = [];          // every time chart of the session page, index and raw, zoomed together
  let rangeListeners = [];
  let syncing = false;
  let fullRange = null;

  function width(target) { return Math.max(240, (target.clientWidth || 900) - 2); }
  function outcomeColour(o) { return C(o, '#7570b3'); }

  // Episode phases (build-up shaded yellow, the rest by outcome, peak marked), the baseline and the events.
  function overlay(doc, events, labelled) {
    return { hooks: { drawClear: [u => {
      const { ctx } = u, { left, top, width: w, height } = u.bbox;
      ctx.save();
      ctx.beginPath(); ctx.rect(left, top, w, height); ctx.clip();
      const band = (a, b, fill) => {
        if (a === null || a === undefined || b === null || b === undefined) return;
        const x0 = u.valToPos(a, 'x', true), x1 = u.valToPos(b, 'x', true);
        ctx.fillStyle = fill; ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
      };
      if (doc.baseline) band(doc.baseline.startSec, doc.baseline.endSec, C('baseline-fill', 'rgba(120,130,140,0.13)'));
      for (const e of doc.episodes) {
        band(e.onsetSec, e.peakSec, C('buildup-fill', 'rgba(230,171,2,0.22)'));
        band(e.peakSec, e.endSec ?? e.peakSec, C(e.outcome + '-fill', 'rgba(117,112,179,0.2)'));
      }
      if (labelled) {
        // rises followed and not reported: a strip along the foot of the first chart, onset to where each was turned down
        const px = devicePixelRatio || 1;
        ctx.fillStyle = C('dropped-strip', 'rgba(70,75,80,0.45)');
        for (const d of doc.droppedCandidates || []) {
          const x0 = u.valToPos(d.onsetSec, 'x', true), x1 = u.valToPos(d.droppedAtSec, 'x', true);
          ctx.fillRect(x0, top + height - 5 * px, Math.max(2 * px, x1 - x0), 5 * px);
        }
      }
      ctx.restore();
    }], draw: [u => {
      const { ctx } = u, { left, top, width: w, height } = u.bbox, px = devicePixelRatio || 1;
      ctx.save();
      ctx.beginPath(); ctx.rect(left, top, w, height); ctx.clip();
      for (const e of doc.episodes) {
        if (e.peakSec === null) continue;
        const xp = u.valToPos(e.peakSec, 'x', true);
        ctx.fillStyle = outcomeColour(e.outcome);
        ctx.fillRect(xp - px, top, 2 * px, height);
      }
      ctx.setLineDash([4 * px, 3 * px]);
      ctx.strokeStyle = C('event-line', '#4a4f55');
      ctx.fillStyle = C('event-line', '#4a4f55');
      ctx.font = (11 * px) + 'px system-ui';
      // Labels on the first chart only, each on the next free line so close events do not overlap.
      const rowEnds = [];
      for (const ev of events) {
        const x = u.valToPos(ev.onsetSec, 'x', true);
        if (x < left || x > left + w) continue;
        ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
        if (!labelled) continue;
        const text = ev.label.slice(0, 28);
        let row = 0;
        while (rowEnds[row] !== undefined && rowEnds[row] > x) row++;
        rowEnds[row] = x + ctx.measureText(text).width + 8 * px;
        ctx.fillText(text, x + 3 * px, top + (12 + 13 * row) * px);
      }
      ctx.restore();
    }] } };
  }

  // Beats, pulses or breaths as small triangles on a raw signal, once zoomed in far enough to tell them apart.
  function detections(trace) {
    return { hooks: { draw: [u => {
      const marks = trace.marksSec || [];
      const lo = u.scales.x.min, hi = u.scales.x.max, px = devicePixelRatio || 1;
      const shown = marks.filter(t => t >= lo && t <= hi);
      if (!shown.length || shown.length > u.bbox.width / (4 * px)) return;
      const { ctx } = u, top = u.bbox.top;
      ctx.save(); ctx.fillStyle = C('detected-mark', '#c0392b');
      for (const t of shown) {
        const x = u.valToPos(t, 'x', true);
        ctx.beginPath(); ctx.moveTo(x - 4 * px, top); ctx.lineTo(x + 4 * px, top); ctx.lineTo(x, top + 7 * px); ctx.fill();
      }
      ctx.restore();
    }] } };
  }

  // Zooming one time chart zooms them all; listeners (the raw signals) hear the new range.
  function zoomTogether() {
    return { hooks: { setScale: [(u, key) => {
      if (key !== 'x' || syncing) return;
      const { min, max } = u.scales.x;
      syncing = true;
      plots.forEach(o => { if (o !== u && (o.scales.x.min !== min || o.scales.x.max !== max)) o.setScale('x', { min, max }); });
      syncing = false;
      rangeListeners.forEach(l => l(min, max));
    }] } };
  }

  const valueText = (v, unit, digits) => v === null || v === undefined || !isFinite(v) ? '–'
    : Number(v).toFixed(digits ?? 2) + (unit ? ' ' + unit : '');

  function timeChart(box, title, unit, stroke, xs, ys, height, extraPlugins, doc, events, labelled) {
    const u = new uPlot({
      width: width(box.parentElement), height, title: title + (unit ? ' (' + unit + ')' : ''),
      cursor: { sync: { key: 'session' }, drag: { x: true, y: false } },
      scales: { x: { time: false } },
      // The legend is the hover read-out: time into the session and the value with its unit.
      legend: { show: true, live: true },
      series: [{ label: 'time', value: (u, v) => clock(v) },
        { label: title, stroke, width: 1.3, spanGaps: false, value: (u, v) => valueText(v, unit) }],
      // Time ticks at round steps (1, 2, 5, 10, 15, 30 min …, or seconds when zoomed in).
      axes: [{ values: (u, vals, ai, space, incr) => vals.map(v => incr < 1 ? clock(v) + '.' + String(Math.round((v % 1) * 10)) : clock(v)),
        incrs: TIME_STEPS_SEC, space: 70 }, { size: 56, space: 30 }],
      plugins: [overlay(doc, events, labelled), zoomTogether(), ...extraPlugins],
    }, [xs, ys], box);
    plots.push(u);
    return u;
  }

  // A "Show the data" toggle after a chart; the table is built when first opened, from current data.
  function dataToggle(box, caption, build) {
    const id = 'data-' + Math.random().toString(36).slice(2, 9);
    const holder = el('div', { id, class: 'chart-data hidden' });
    const button = el('button', { type: 'button', class: 'plain data-toggle', 'aria-expanded': 'false', 'aria-controls': id },
      'Show the data of "' + caption + '"');
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      if (open) {
        const { columns, rows } = build();
        holder.replaceChildren(el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption + ' as a table' },
          el('table', { class: 'data-table' }, el('caption', {}, caption),
            el('thead', {}, el('tr', {}, columns.map(c => el('th', { scope: 'col' }, c)))),
            el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c))))))));
      }
      holder.classList.toggle('hidden', !open);
      button.setAttribute('aria-expanded', String(open));
      button.textContent = (open ? 'Hide' : 'Show') + ' the data of "' + caption + '"';
    });
    box.after(button, holder);
  }

  // At most TABLE_ROWS rows: the series summarised per round time step (mean, or lowest and highest).
  function binnedRows(xs, ys, unit, digits, minMax) {
    const from = xs.length ? xs[0] : 0, to = xs.length ? xs[xs.length - 1] : 0;
    const step = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800].find(s => (to - from) / s <= TABLE_ROWS) || 3600;
    const bins = new Map();
    xs.forEach((x, i) => {
      const v = ys[i];
      if (v === null || v === undefined || !isFinite(v)) return;
      const k = Math.floor(x / step) * step;
      const b = bins.get(k) || { sum: 0, n: 0, lo: Infinity, hi: -Infinity };
      b.sum += v; b.n++; b.lo = Math.min(b.lo, v); b.hi = Math.max(b.hi, v);
      bins.set(k, b);
    });
    const rows = [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([k, b]) => minMax
      ? [clock(k) + '–' + clock(k + step), valueText(b.lo, unit, digits), valueText(b.hi, unit, digits)]
      : [clock(k) + '–' + clock(k + step), valueText(b.sum / b.n, unit, digits)]);
    return { step, rows };
  }

  function session(doc, target, markedEvents, onPick) {
    plots.forEach(c => c.destroy());
    plots = [];
    rangeListeners = [];
    fullRange = [0, doc.durationSec];
    target.replaceChildren();
    // Marks added since the last analysis are drawn too; those it already used are not drawn twice.
    const used = (m) => doc.events.some(e => Math.abs(e.onsetSec - m.onsetSec) < 0.5 && (e.label === m.label || e.label === m.kind + ': ' + m.label));
    const events = doc.events.concat(markedEvents.filter(m => !used(m)).map(m => ({ ...m, label: m.kind + ': ' + m.label })));
    const series = [...doc.series].sort((a, b) => rank(a.name) - rank(b.name));
    series.forEach((s, i) => {
      const name = Vocabulary.signalName(s.name), unit = Vocabulary.signalUnit(s.name, s.unit);
      const xs = s.values.map((_, k) => s.startSec + k / s.rateHz);
      const box = el('div', { class: 'chart', 'data-series': s.name, role: 'group',
        'aria-label': name + ' over the session; the button below shows the same data as a table' });
      target.append(box);
      const u = timeChart(box, name, unit, C('signal-' + s.name, '#4a6f8a'), xs, s.values, i < 2 ? 190 : 150, [], doc, events, i === 0);
      if (onPick) u.over.addEventListener('click', () => { const v = u.posToVal(u.cursor.left, 'x'); if (isFinite(v)) onPick(v); });
      dataToggle(box, name + (unit ? ' (' + unit + ')' : ''), () => {
        const { step, rows } = binnedRows(xs, s.values, unit, 2, false);
        return { columns: ['Time into the session', 'Mean over ' + (step < 60 ? step + ' s' : step / 60 + ' min')], rows };
      });
    });
  }

  // The raw signals of the window the page asked for (see raw-signals.js), under the index charts.
  function raw(target, window, doc) {
    const before = plots.filter(u => !u.lacrimaRaw);
    plots.filter(u => u.lacrimaRaw).forEach(u => u.destroy());
    plots = before;
    target.replaceChildren();
    for (const t of window.traces) {
      const box = el('div', { class: 'chart raw', 'data-trace': t.label, role: 'group',
        'aria-label': t.label + ' raw signal; the button below shows the same data as a table' });
      target.append(box);
      const title = t.label + ' (' + t.type + (t.rateHz ? ', ' + Math.round(t.rateHz) + ' Hz' : '') + ')';
      const u = timeChart(box, title, t.unit, C('signal-raw', '#34495e'), t.timesSec, t.values, 130, [detections(t)], doc, [], false);
      u.lacrimaRaw = t;
      box.dataset.marksInView = (t.marksSec || []).length;
      syncing = true;
      u.setScale('x', { min: window.fromSec, max: window.toSec });
      syncing = false;
      dataToggle(box, title, () => {
        const now = u.lacrimaRaw;
        const { step, rows } = binnedRows(now.timesSec, now.values, t.unit, 3, true);
        const marks = (now.marksSec || []).filter(m => m >= u.scales.x.min && m <= u.scales.x.max);
        return { columns: ['Time (' + (step < 60 ? step + ' s' : step / 60 + ' min') + ' steps)', 'Lowest', 'Highest'],
          rows: rows.concat(marks.length ? [[marks.length + ' detected ' + now.marksKind + ' in view', 'first at ' + clock(marks[0]), 'last at ' + clock(marks[marks.length - 1])]] : []) };
      });
    }
  }

  // New data of the same traces for a zoomed window, without rebuilding the charts.
  function updateRaw(window) {
    // The range in view now (the clinician may have zoomed again while this window was on its way).
    const lead = plots.find(u => !u.lacrimaRaw);
    const min = lead ? lead.scales.x.min : window.fromSec, max = lead ? lead.scales.x.max : window.toSec;
    plots.filter(u => u.lacrimaRaw).forEach(u => {
      const t = window.traces.find(x => x.label === u.lacrimaRaw.label);
      if (!t) return;
      u.lacrimaRaw = t;
      u.root.parentElement.dataset.marksInView = (t.marksSec || []).length;
      syncing = true;
      u.setData([t.timesSec, t.values], false);
      u.setScale('x', { min, max });
      syncing = false;
      const vs = t.values.filter(v => v !== null && isFinite(v));
      if (vs.length) {
        const lo = Math.min(...vs), hi = Math.max(...vs), m = (hi - lo) * 0.06 || 1;
        u.setScale('y', { min: lo - m, max: hi + m });
      }
    });
  }

  function rank(name) { const i = ORDER.indexOf(name); return i < 0 ? 99 : i; }

  function zoom(fromSec, toSec) {
    if (!plots.length) return;
    plots[0].setScale('x', { min: Math.max(0, fromSec), max: Math.min(fullRange ? fullRange[1] : toSec, toSec) });
  }
  function reset() { if (fullRange) zoom(fullRange[0], fullRange[1]); }
  function range() { return plots.length ? [plots[0].scales.x.min, plots[0].scales.x.max] : fullRange; }
  function onRange(listener) { rangeListeners.push(listener); }

  // Charts are drawn at screen width; for paper they are redrawn at the width of an A4 page.
  function resizeAll(toWidth) {
    Object.values(historyCharts).concat(plots).forEach(u => u.setSize({ width: toWidth(u), height: u.height }));
  }
  window.addEventListener('beforeprint', () => resizeAll(() => PRINT_WIDTH));
  window.addEventListener('afterprint', () => resizeAll(u => width(u.root.parentElement)));
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => resizeAll(u => width(u.root.parentElement)), 200);
  });

  // The client's sessions on a calendar axis (one point per session at its recording day), never "#n".
  function history(rows) {
    const DAY = 86400;
    const xs = rows.map(r => Date.parse(r.recordingDate.date + 'T12:00:00Z') / 1000);
    const lo = xs.length ? Math.min(...xs) : Date.now() / 1000, hi = xs.length ? Math.max(...xs) : lo;
    const pad = Math.max(3 * DAY, (hi - lo) * 0.05);
    const dateOf = (v) => v === null ? '–' : new Date(v * 1000).toISOString().slice(0, 10);
    const titleOf = (r) => r.title + (r.recordingDate.source === 'unknown' ? ' (date unknown)' : '');
    const titleAt = (v) => { const r = rows[xs.indexOf(v)]; return v === null ? '–' : dateOf(v) + (r ? ' · ' + titleOf(r) : ''); };
    const common = (title, yLabel, integer) => ({ width: width(document.getElementById('chart-outcomes')), height: 220, title,
      tzDate: ts => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: { x: { time: true, range: () => [lo - pad, hi + pad] } },
      axes: [{}, { size: 50, label: yLabel, ...(integer ? { incrs: [1, 2, 5, 10, 20, 50] } : {}) }] });
    // Points alone: sessions are separate visits, and a line would suggest values in between.
    const point = (label, color, unit) => ({ label, stroke: color, width: 0, paths: () => null, points: { show: true, size: 8, fill: color },
      value: (u, v) => v === null || v === undefined ? '–' : Number(v).toFixed(unit ? 1 : 0) + (unit || '') });
    const nullIf = (ok, v) => ok ? v : null;
    const dateSeries = { label: 'session', value: (u, v) => titleAt(v) };
    const perSession = (columns, values) => () => ({ columns: ['Recorded', 'Session', ...columns],
      rows: rows.map((r, i) => [r.recordingDate.date, titleOf(r), ...values.map(f => f(r) ?? '–')]) });
    const counts = OUTCOMES.map(o => rows.map(r => nullIf(r.analysed, r[o])));
    draw('chart-outcomes', { ...common('Episodes per session by how they ended', 'episodes', true),
      series: [dateSeries, ...OUTCOMES.map(o => point(o, outcomeColour(o)))] }, [xs, ...counts],
      perSession(OUTCOMES, OUTCOMES.map(o => r => r.analysed ? r[o] : null)));
    draw('chart-peaks', { ...common('Highest arousal peak and mean vagal rebound', 'times the baseline spread'),
      series: [dateSeries, point('highest peak', C('signal-S', '#b03a2e'), ' × spread'), point('mean vagal rebound', C('signal-P', '#2471a3'), ' × spread')] },
      [xs, rows.map(r => r.maxPeakS), rows.map(r => r.meanVagalRebound)],
      perSession(['Highest peak (× baseline spread)', 'Mean vagal rebound (× baseline spread)'],
        [r => r.maxPeakS === null ? null : num(r.maxPeakS, 1), r => r.meanVagalRebound === null ? null : num(r.meanVagalRebound, 1)]));
    const distress = common('Self-rated distress', 'distress (0–10)', true);
    draw('chart-distress', { ...distress, scales: { ...distress.scales, y: { range: [0, 10] } },
      series: [dateSeries, point('before', '#b07a5a'), point('after', '#3f7f70')] },
      [xs, rows.map(r => r.distressBefore), rows.map(r => r.distressAfter)],
      perSession(['Distress before (0–10)', 'Distress after (0–10)'], [r => r.distressBefore, r => r.distressAfter]));
  }

  const historyCharts = {};
  function draw(id, opts, data, table) {
    if (historyCharts[id]) historyCharts[id].destroy();
    const target = document.getElementById(id);
    target.replaceChildren();
    target.setAttribute('role', 'group');
    target.setAttribute('aria-label', opts.title + '; the button below shows the same data as a table');
    historyCharts[id] = new uPlot(opts, data, target);
    // One toggle per chart, kept open across redraws.
    let next = target.nextElementSibling;
    if (next && next.classList.contains('data-toggle')) {
      const wasOpen = next.getAttribute('aria-expanded') === 'true';
      next.nextElementSibling.remove(); next.remove();
      dataToggle(target, opts.title, table);
      if (wasOpen) target.nextElementSibling.click();
    } else {
      dataToggle(target, opts.title, table);
    }
  }

  return { session, raw, updateRaw, zoom, reset, range, onRange, history };
})();
