/* Lacrima report: draws the embedded session data with uPlot. No network access of any kind. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("lacrima-data").textContent);
  var container = document.getElementById("charts");
  var duration = data.durationSec > 0 ? data.durationSec : 1;
  var plots = [];
  var syncing = false;
  // Colours come from the shared stylesheet (lacrima.css), which the web app serves too.
  var css = window.getComputedStyle(document.documentElement);
  function colour(name, fallback) { return css.getPropertyValue("--" + name).trim() || fallback; }
  var PALETTE = ["#b03a2e", "#2471a3", "#7d3c98", "#d68910", "#138d75", "#5d6d7e"];
  var OUTCOME_FILL = { resolved: colour("resolved-fill", "rgba(27,158,119,0.20)"), sustained: colour("sustained-fill", "rgba(217,95,2,0.20)"),
    subsided: colour("subsided-fill", "rgba(117,112,179,0.20)") };
  var BUILDUP_FILL = colour("buildup-fill", "rgba(230,171,2,0.22)");
  var BASELINE_FILL = colour("baseline-fill", "rgba(120,130,140,0.13)");
  var DROPPED_STRIP = colour("dropped-strip", "rgba(70,75,80,0.45)");
  var DETECTED = colour("detected-mark", "#c0392b");
  /* A signal's own colour (by its index key) wherever it is drawn; else the plot's palette. */
  function seriesColour(s, i) { return (s.key && colour("signal-" + s.key, "")) || PALETTE[i % PALETTE.length]; }
  var INCRS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400];

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function clock(sec, incr) {
    if (sec == null || !isFinite(sec)) { return "–"; }
    var neg = sec < 0; sec = Math.abs(sec);
    var h = Math.floor(sec / 3600), m = Math.floor((sec % 3600) / 60), s = sec % 60;
    var sText = incr != null && incr < 1 ? (s < 10 ? "0" : "") + s.toFixed(incr < 0.1 ? 2 : 1) : pad(Math.floor(s + 1e-9));
    return (neg ? "-" : "") + (h > 0 ? h + ":" + pad(m) : m) + ":" + sText;
  }

  function chartWidth() { return Math.max(480, container.clientWidth - 4); }

  /* Min/max decimation of the visible part of a raw signal, so zooming in shows the embedded detail. */
  function decimate(x, y, min, max, buckets) {
    var lo = lowerBound(x, min), hi = lowerBound(x, max);
    lo = Math.max(0, lo - 1); hi = Math.min(x.length, hi + 1);
    var n = hi - lo, step = Math.max(1, Math.ceil(n / buckets));
    if (step === 1) { return [x.slice(lo, hi), y.slice(lo, hi)]; }
    var ox = [], oy = [];
    for (var from = lo; from < hi; from += step) {
      var to = Math.min(hi, from + step), iMin = -1, iMax = -1;
      for (var i = from; i < to; i++) {
        var v = y[i];
        if (v == null) { continue; }
        if (iMin < 0 || v < y[iMin]) { iMin = i; }
        if (iMax < 0 || v > y[iMax]) { iMax = i; }
      }
      if (iMin < 0) { ox.push(x[from]); oy.push(null); continue; }
      var a = Math.min(iMin, iMax), b = Math.max(iMin, iMax);
      ox.push(x[a]); oy.push(y[a]);
      if (b !== a) { ox.push(x[b]); oy.push(y[b]); }
    }
    return [ox, oy];
  }
  function lowerBound(arr, v) {
    var lo = 0, hi = arr.length;
    while (lo < hi) { var mid = (lo + hi) >>> 1; if (arr[mid] < v) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  function setRange(min, max) {
    var span = Math.max(max - min, 0.05);
    if (span >= duration) { min = 0; max = duration; } else {
      if (min < 0) { min = 0; max = span; }
      if (max > duration) { max = duration; min = duration - span; }
    }
    syncing = true;
    plots.forEach(function (u) { u.setScale("x", { min: min, max: max }); });
    syncing = false;
  }
  function currentRange() { var s = plots[0].scales.x; return [s.min, s.max]; }

  function inRange(u, t) { return t >= u.scales.x.min && t <= u.scales.x.max; }

  /* Shading of baseline and episode phases, drawn under the series. */
  function phasesPlugin(isMain) {
    return { hooks: { drawClear: [function (u) {
      var ctx = u.ctx, top = u.bbox.top, h = u.bbox.height;
      ctx.save();
      ctx.beginPath(); ctx.rect(u.bbox.left, top, u.bbox.width, h); ctx.clip();
      function band(a, b, fill) {
        if (a == null || b == null) { return; }
        var x0 = u.valToPos(a, "x", true), x1 = u.valToPos(b, "x", true);
        ctx.fillStyle = fill; ctx.fillRect(x0, top, Math.max(1, x1 - x0), h);
      }
      if (isMain) { band(data.baseline.startSec, data.baseline.endSec, BASELINE_FILL); }
      data.episodes.forEach(function (e) {
        band(e.onsetSec, e.peakSec, BUILDUP_FILL);
        band(e.peakSec, e.endSec, OUTCOME_FILL[e.outcome]);
      });
      if (isMain) {
        // rises followed and not reported: a strip along the foot, from the onset to where each was turned down
        var px = window.devicePixelRatio || 1;
        ctx.fillStyle = DROPPED_STRIP;
        (data.droppedCandidates || []).forEach(function (d) {
          var x0 = u.valToPos(d.onsetSec, "x", true), x1 = u.valToPos(d.droppedAtSec, "x", true);
          ctx.fillRect(x0, top + h - 5 * px, Math.max(2 * px, x1 - x0), 5 * px);
        });
      }
      ctx.restore();
    }] } };
  }

  /* Events as dashed lines (labelled on the main chart), episode numbers at their peaks. */
  function markersPlugin(isMain) {
    return { hooks: { draw: [function (u) {
      var ctx = u.ctx, top = u.bbox.top, h = u.bbox.height, px = window.devicePixelRatio || 1;
      ctx.save();
      ctx.beginPath(); ctx.rect(u.bbox.left, top, u.bbox.width, h); ctx.clip();
      ctx.strokeStyle = "rgba(40,40,40,0.65)"; ctx.lineWidth = px; ctx.setLineDash([4 * px, 3 * px]);
      ctx.font = (10 * px) + "px sans-serif"; ctx.fillStyle = "#333";
      var labelled = isMain && data.events.length <= 40;
      data.events.slice(0, 1000).forEach(function (ev) {
        if (!inRange(u, ev.onsetSec)) { return; }
        var x = u.valToPos(ev.onsetSec, "x", true);
        ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + h); ctx.stroke();
        if (labelled) { ctx.fillText(ev.label.slice(0, 28), x + 3 * px, top + h - 4 * px); }
      });
      ctx.setLineDash([]);
      if (isMain) {
        ctx.font = "bold " + (11 * px) + "px sans-serif";
        var rowEnds = [];
        data.episodes.forEach(function (e) {
          if (e.peakSec == null || !inRange(u, e.peakSec)) { return; }
          var x = u.valToPos(e.peakSec, "x", true), label = "#" + e.number + " " + e.outcome;
          // labels of close episodes go on the next free line instead of over each other
          var row = 0;
          while (rowEnds[row] != null && rowEnds[row] > x) { row++; }
          rowEnds[row] = x + ctx.measureText(label).width + 8 * px;
          ctx.fillStyle = "#222";
          ctx.fillText(label, x + 3 * px, top + (12 + 13 * row) * px);
          ctx.strokeStyle = "rgba(0,0,0,0.45)"; ctx.lineWidth = px;
          ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + h); ctx.stroke();
        });
      }
      ctx.restore();
    }] } };
  }

  /* Skin conductance responses as stems from the bottom, height growing with amplitude. */
  function scrPlugin(scrs) {
    return { hooks: { draw: [function (u) {
      if (!scrs || scrs.length === 0 || scrs.length > 20000) { return; }
      var ctx = u.ctx, bottom = u.bbox.top + u.bbox.height, px = window.devicePixelRatio || 1;
      ctx.save(); ctx.strokeStyle = "rgba(125,60,152,0.8)"; ctx.lineWidth = 1.5 * px;
      scrs.forEach(function (s) {
        if (!inRange(u, s[0])) { return; }
        var x = u.valToPos(s[0], "x", true), len = Math.min(28, 5 + 30 * Math.sqrt(Math.max(0, s[1]))) * px;
        ctx.beginPath(); ctx.moveTo(x, bottom); ctx.lineTo(x, bottom - len); ctx.stroke();
      });
      ctx.restore();
    }] } };
  }

  /* Detected beats, pulses or breaths as small ticks on their raw signal, once zoomed in far enough to tell them apart. */
  function detectedPlugin(times) {
    return { hooks: { draw: [function (u) {
      var lo = lowerBound(times, u.scales.x.min), hi = lowerBound(times, u.scales.x.max);
      if (hi - lo > u.bbox.width / (4 * (window.devicePixelRatio || 1))) { return; }
      var ctx = u.ctx, top = u.bbox.top, px = window.devicePixelRatio || 1;
      ctx.save(); ctx.fillStyle = DETECTED;
      for (var i = lo; i < hi; i++) {
        var x = u.valToPos(times[i], "x", true);
        ctx.beginPath(); ctx.moveTo(x - 4 * px, top); ctx.lineTo(x + 4 * px, top); ctx.lineTo(x, top + 7 * px); ctx.fill();
      }
      ctx.restore();
    }] } };
  }

  function interactionPlugin() {
    return { hooks: { ready: [function (u) {
      u.over.addEventListener("wheel", function (e) {
        e.preventDefault();
        var r = currentRange(), rect = u.over.getBoundingClientRect();
        var at = u.posToVal(e.clientX - rect.left, "x"), f = e.deltaY < 0 ? 0.7 : 1 / 0.7;
        setRange(at - (at - r[0]) * f, at + (r[1] - at) * f);
      }, { passive: false });
      u.root.addEventListener("mousedown", function (e) {
        if (!e.shiftKey) { return; }
        e.stopPropagation(); e.preventDefault();
        var startX = e.clientX, r = currentRange(), w = u.over.clientWidth;
        function move(ev) { var d = (ev.clientX - startX) / w * (r[1] - r[0]); setRange(r[0] - d, r[1] - d); }
        function up() { window.removeEventListener("mousemove", move); window.removeEventListener("mouseup", up); }
        window.addEventListener("mousemove", move); window.addEventListener("mouseup", up);
      }, true);
    }] } };
  }

  function makePlot(spec, isMain) {
    var wrap = document.createElement("div");
    wrap.className = "chart " + spec.kind;
    wrap.setAttribute("data-plot", spec.id);
    var title = document.createElement("h3"); title.textContent = spec.title; wrap.appendChild(title);
    container.appendChild(wrap);

    var hasRight = spec.series.some(function (s) { return s.axis === 1; });
    var series = [{ label: "time", value: function (u, v) { return clock(v); } }];
    spec.series.forEach(function (s, i) {
      series.push({ label: s.label, scale: s.axis === 1 ? "y2" : "y", stroke: spec.kind === "raw" ? colour("signal-raw", "#34495e") : seriesColour(s, i),
        width: spec.kind === "raw" ? 1 : 1.6, spanGaps: false, points: { show: false },
        value: function (u, v) { return v == null ? "–" : (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)); } });
    });
    var unitOf = function (axis) { var s = spec.series.filter(function (x) { return x.axis === axis; })[0]; return s ? s.unit : ""; };
    var axes = [
      { incrs: INCRS, space: 70, values: function (u, splits, ai, space, incr) { return splits.map(function (v) { return clock(v, incr); }); } },
      { scale: "y", label: unitOf(0) || " ", size: 56, labelSize: 16 }
    ];
    // every chart keeps a right axis of the same size, so that all plot areas line up in time
    axes.push(hasRight ? { scale: "y2", side: 1, label: unitOf(1) || " ", size: 56, labelSize: 16, grid: { show: false } }
      : { scale: "y", side: 1, label: " ", size: 56, labelSize: 16, grid: { show: false }, ticks: { show: false },
          values: function (u, splits) { return splits.map(function () { return ""; }); } });
    var scales = { x: { time: false } };
    if (hasRight) { scales.y2 = { auto: true }; }
    var plugins = [phasesPlugin(isMain), markersPlugin(isMain), interactionPlugin()];
    if (spec.scrs) { plugins.push(scrPlugin(spec.scrs)); }
    if (spec.marks) { plugins.push(detectedPlugin(spec.marks)); }

    var full = [spec.x].concat(spec.series.map(function (s) { return s.y; }));
    var lastRange = null;
    var opts = {
      width: chartWidth(), height: spec.heightPx, series: series, axes: axes, scales: scales, plugins: plugins,
      legend: { live: true },
      cursor: { sync: { key: "lacrima" }, drag: { x: true, y: false, setScale: true },
        bind: { dblclick: function () { return function () { setRange(0, duration); return null; }; } } },
      hooks: { setScale: [function (u, key) {
        if (key !== "x") { return; }
        if (!syncing) {
          syncing = true;
          plots.forEach(function (o) { if (o !== u) { o.setScale("x", { min: u.scales.x.min, max: u.scales.x.max }); } });
          syncing = false;
        }
        if (spec.kind === "raw") { scheduleDetail(u); }
      }] }
    };
    var initial = spec.kind === "raw" ? decimate(spec.x, spec.series[0].y, -Infinity, Infinity, 2 * chartWidth()) : full;
    var u = new uPlot(opts, initial, wrap);
    u.lacrimaSpec = spec;

    function scheduleDetail(plot) {
      var min = plot.scales.x.min, max = plot.scales.x.max;
      if (lastRange && lastRange[0] === min && lastRange[1] === max) { return; }
      lastRange = [min, max];
      window.requestAnimationFrame(function () {
        var d = decimate(spec.x, spec.series[0].y, min, max, 2 * plot.bbox.width / (window.devicePixelRatio || 1));
        var lo = Infinity, hi = -Infinity;
        d[1].forEach(function (v, i) { if (v != null && d[0][i] >= min && d[0][i] <= max) { lo = Math.min(lo, v); hi = Math.max(hi, v); } });
        plot.setData(d, false);
        // setting x again makes uPlot recompute which points lie in view for the new data
        plot.setScale("x", { min: min, max: max });
        if (lo <= hi) { var m = (hi - lo) * 0.06 || 1; plot.setScale("y", { min: lo - m, max: hi + m }); }
      });
    }
    return u;
  }

  data.plots.forEach(function (spec, i) { plots.push(makePlot(spec, i === 0)); });
  if (plots.length === 0) {
    container.innerHTML = "<p class=\"muted\">No index or signal could be plotted for this recording.</p>";
  } else {
    setRange(0, duration);
  }

  var actions = {
    reset: function () { setRange(0, duration); },
    "zoom-out": function () { var r = currentRange(), c = (r[0] + r[1]) / 2, h = (r[1] - r[0]); setRange(c - h, c + h); },
    "pan-left": function () { var r = currentRange(), d = (r[1] - r[0]) * 0.5; setRange(r[0] - d, r[1] - d); },
    "pan-right": function () { var r = currentRange(), d = (r[1] - r[0]) * 0.5; setRange(r[0] + d, r[1] + d); }
  };
  document.querySelectorAll("[data-action]").forEach(function (b) {
    b.addEventListener("click", function () { if (plots.length) { actions[b.getAttribute("data-action")](); } });
  });
  document.querySelectorAll("#episodes tbody tr[data-episode]").forEach(function (row) {
    row.addEventListener("click", function () {
      if (!plots.length) { return; }
      var on = parseFloat(row.getAttribute("data-onset-sec")), end = parseFloat(row.getAttribute("data-end-sec"));
      setRange(on - 60, (isFinite(end) ? end : on + 300) + 60);
      document.getElementById("charts-section").scrollIntoView({ behavior: "smooth" });
    });
  });

  function resizeAll(width) { plots.forEach(function (u) { u.setSize({ width: width, height: u.lacrimaSpec.heightPx }); }); }
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { resizeAll(chartWidth()); }, 150);
  });
  // A4 landscape is about 1000 CSS pixels wide inside its margins
  window.addEventListener("beforeprint", function () { resizeAll(Math.min(chartWidth(), 1000)); });
  window.addEventListener("afterprint", function () { resizeAll(chartWidth()); });

  window.lacrimaPlots = plots;
  window.lacrimaReady = true;
})();
