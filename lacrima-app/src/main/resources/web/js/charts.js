// uPlot charts for the session and client pages (uPlot is served from its webjar, never a CDN).
const Charts = (() => {
  // The CLI report's outcome colours (report.css), so a therapist meets one palette everywhere.
  const COLORS = { resolved: '#1b9e77', sustained: '#d95f02', subsided: '#7570b3' };
  const BANDS = { resolved: 'rgba(27,158,119,0.16)', sustained: 'rgba(217,95,2,0.16)', subsided: 'rgba(117,112,179,0.18)' };
  const LINE = ['#4a6f8a', '#7b6a9a', '#5b9a8b', '#b07a5a', '#8a94a6', '#6f8f4a', '#9a6a7b', '#4a8a8a'];
  const ORDER = ['S', 'P', 'hr', 'rsa', 'scl', 'scrRate', 'breathingRate', 'irregularity'];
  const NAMES = { S: 'Sympathetic axis S', P: 'Parasympathetic axis P', hr: 'Heart rate', rsa: 'RSA (vagal tone)',
    scl: 'Skin conductance level', scrRate: 'SCR rate', scrAmplitude: 'SCR amplitude', breathingRate: 'Breathing rate', irregularity: 'Breathing irregularity' };
  const TIME_STEPS_SEC = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
  let charts = [];

  function width(target) { return Math.max(240, target.clientWidth || 900); }

  // Episode bands (onset → end, shaded by outcome, peak marked) and events as dashed lines, under the data.
  function overlay(episodes, events) {
    return { hooks: { drawAxes: [u => {
      const { ctx } = u, { top, height } = u.bbox;
      ctx.save();
      for (const e of episodes) {
        const x0 = u.valToPos(e.onsetSec, 'x', true), x1 = u.valToPos(e.endSec ?? e.peakSec, 'x', true);
        ctx.fillStyle = BANDS[e.outcome] || BANDS.subsided;
        ctx.fillRect(x0, top, Math.max(2, x1 - x0), height);
        if (e.peakSec !== null) {
          const xp = u.valToPos(e.peakSec, 'x', true);
          ctx.fillStyle = COLORS[e.outcome] || COLORS.subsided;
          ctx.fillRect(xp - 1, top, 2, height);
        }
      }
      ctx.setLineDash([4, 4]);
      ctx.strokeStyle = '#6b7480';
      ctx.fillStyle = '#6b7480';
      ctx.font = (11 * devicePixelRatio) + 'px system-ui';
      for (const ev of events) {
        const x = u.valToPos(ev.onsetSec, 'x', true);
        ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
        ctx.fillText(ev.label, x + 3, top + 12 * devicePixelRatio);
      }
      ctx.restore();
    }] } };
  }

  function session(doc, target, markedEvents, onPick) {
    charts.forEach(c => c.destroy());
    charts = [];
    target.replaceChildren();
    // Marks added since the last analysis are drawn too; those it already used are not drawn twice.
    const used = (m) => doc.events.some(e => Math.abs(e.onsetSec - m.onsetSec) < 0.5 && (e.label === m.label || e.label === m.kind + ': ' + m.label));
    const events = doc.events.concat(markedEvents.filter(m => !used(m)).map(m => ({ ...m, label: m.kind + ': ' + m.label })));
    const series = [...doc.series].sort((a, b) => rank(a.name) - rank(b.name));
    series.forEach((s, i) => {
      const xs = s.values.map((_, k) => s.startSec + k / s.rateHz);
      const box = el('div', { class: 'chart', 'data-series': s.name });
      target.append(box);
      const u = new uPlot({
        width: width(target), height: i < 2 ? 200 : 160,
        title: (NAMES[s.name] || s.name) + (s.unit ? ' (' + s.unit + ')' : ''),
        cursor: { sync: { key: 'session' }, drag: { x: true, y: false } },
        scales: { x: { time: false } },
        // The legend is the hover read-out: time into the session and the value with its unit.
        legend: { show: true, live: true },
        series: [{ label: 'time', value: (u, v) => clock(v) },
          { label: NAMES[s.name] || s.name, stroke: LINE[i % LINE.length], width: 1.2, spanGaps: false,
            value: (u, v) => v === null || v === undefined || !isFinite(v) ? '–' : Number(v).toFixed(2) + (s.unit ? ' ' + s.unit : '') }],
        // Time ticks at round minutes (1, 2, 5, 10, 15, 30, 60 min) or round seconds when zoomed in.
        axes: [{ values: (u, vals) => vals.map(clock), incrs: TIME_STEPS_SEC, space: 60 }, { size: 50 }],
        plugins: [overlay(doc.episodes, events)],
      }, [xs, s.values], box);
      if (onPick) u.over.addEventListener('click', () => { const v = u.posToVal(u.cursor.left, 'x'); if (isFinite(v)) onPick(v); });
      charts.push(u);
    });
  }

  function rank(name) { const i = ORDER.indexOf(name); return i < 0 ? 99 : i; }

  function zoom(fromSec, toSec) { charts.forEach(c => c.setScale('x', { min: fromSec, max: toSec })); }

  // The client's sessions on a calendar axis (one point per session at its recording day), never "#n".
  function history(rows) {
    const DAY = 86400;
    const xs = rows.map(r => Date.parse(r.recordingDate.date + 'T12:00:00Z') / 1000);
    const lo = xs.length ? Math.min(...xs) : Date.now() / 1000, hi = xs.length ? Math.max(...xs) : lo;
    const pad = Math.max(3 * DAY, (hi - lo) * 0.05);
    const dateOf = (v) => v === null ? '–' : new Date(v * 1000).toISOString().slice(0, 10);
    const titleAt = (v) => { const r = rows[xs.indexOf(v)]; return v === null ? '–' : dateOf(v) + (r ? ' · ' + r.title + (r.recordingDate.source === 'unknown' ? ' (date unknown)' : '') : ''); };
    const common = (title, yLabel, integer) => ({ width: width(document.getElementById('chart-outcomes')), height: 220, title,
      tzDate: ts => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: { x: { time: true, range: () => [lo - pad, hi + pad] } },
      axes: [{}, { size: 50, label: yLabel, ...(integer ? { incrs: [1, 2, 5, 10, 20, 50] } : {}) }] });
    // Points alone: sessions are separate visits, and a line would suggest values in between.
    const point = (label, color, unit) => ({ label, stroke: color, width: 0, paths: () => null, points: { show: true, size: 8, fill: color },
      value: (u, v) => v === null || v === undefined ? '–' : Number(v).toFixed(unit ? 1 : 0) + (unit || '') });
    const nullIf = (ok, v) => ok ? v : null;
    const dateSeries = { label: 'session', value: (u, v) => titleAt(v) };
    draw('chart-outcomes', { ...common('Episodes per session by how they ended', 'episodes', true),
      series: [dateSeries, point('resolved', COLORS.resolved), point('sustained', COLORS.sustained), point('subsided', COLORS.subsided)] },
      [xs, rows.map(r => nullIf(r.analysed, r.resolved)), rows.map(r => nullIf(r.analysed, r.sustained)), rows.map(r => nullIf(r.analysed, r.subsided))]);
    draw('chart-peaks', { ...common('Highest arousal peak and mean vagal rebound', 'times the baseline spread'),
      series: [dateSeries, point('highest peak', '#4a6f8a', ' × spread'), point('mean vagal rebound', '#7b6a9a', ' × spread')] },
      [xs, rows.map(r => r.maxPeakS), rows.map(r => r.meanVagalRebound)]);
    const distress = common('Self-rated distress', 'distress (0–10)', true);
    draw('chart-distress', { ...distress, scales: { ...distress.scales, y: { range: [0, 10] } },
      series: [dateSeries, point('before', '#b07a5a'), point('after', '#5b9a8b')] },
      [xs, rows.map(r => r.distressBefore), rows.map(r => r.distressAfter)]);
  }

  const historyCharts = {};
  function draw(id, opts, data) {
    if (historyCharts[id]) historyCharts[id].destroy();
    const target = document.getElementById(id);
    target.replaceChildren();
    historyCharts[id] = new uPlot(opts, data, target);
  }

  return { session, zoom, history, COLORS };
})();
