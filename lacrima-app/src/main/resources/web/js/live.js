// The live page: one socket to the live session; it shows what the server's analysis says now, sends
// the clinician's marks, and carries a Bluetooth strap's samples when one is connected.
(async () => {
  await pageHeader();
  const liveId = param('id');
  const message = document.getElementById('message');
  const $ = (id) => document.getElementById(id);
  let live;
  try { live = await Api.get('/api/live-sessions/' + encodeURIComponent(liveId)); }
  catch (e) { showMessage(message, e.message); return; }
  if (live.state !== 'live') {
    showMessage(message, 'This live session has ended and was stored as a session.', 'info');
    if (live.sessionId) location.href = '/session.html?id=' + encodeURIComponent(live.sessionId);
    return;
  }
  Api.get('/api/clients/' + encodeURIComponent(live.clientId)).then(c => { $('client-code').textContent = c.code; });
  $('replay-command').textContent = `lacrima stream FILE --to ${location.origin} --session ${liveId} --speed 10 --email ${Api.me().email}`;

  // --- the socket, reconnecting with growing pauses; whoever sends samples listens to its acks ---
  const socket = { ws: null, listeners: [], send(obj) { if (this.ws && this.ws.readyState === 1) { this.ws.send(typeof obj === 'string' ? obj : JSON.stringify(obj)); return true; } return false; } };
  let pause = 500;
  function connect() {
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + live.socketPath);
    socket.ws = ws;
    ws.onopen = () => { pause = 500; };
    ws.onmessage = (ev) => {
      const m = JSON.parse(ev.data);
      if (m.type === 'update') render(m);
      else if (m.type === 'ready') showSource(m);
      else if (m.type === 'error') showMessage(message, m.message, 'info');
      else if (m.type === 'ended') { location.href = '/session.html?id=' + encodeURIComponent(m.sessionId); }
      socket.listeners.forEach(l => l(m));
    };
    ws.onclose = () => { socket.ws = null; setTimeout(connect, pause); pause = Math.min(5000, pause * 2); };
  }
  connect();
  window.LiveSocket = socket;

  function showSource(ready) {
    $('source-status').textContent = ready.channels.length
      ? 'source: ' + ready.channels.map(c => c.label + (c.rateHz ? ' ' + c.rateHz + ' Hz' : '')).join(', ')
      : 'waiting for a source';
  }

  // --- what the body is doing ---
  const phases = [];
  let lastReceived = 0, lastAt = performance.now(), speed = 1;
  let chart = null;
  function render(u) {
    const now = performance.now();
    if (u.receivedSec > lastReceived && now > lastAt) {
      const observed = (u.receivedSec - lastReceived) / ((now - lastAt) / 1000);
      speed = Math.max(1, Math.min(1000, observed));
    }
    lastReceived = u.receivedSec; lastAt = now;
    if (u.problem) showMessage(message, u.problem, 'info');
    if (u.phase) {
      $('phase').textContent = u.phase;
      $('analysed').textContent = 'as of ' + clock(u.analysedSec);
      if (!phases.length || phases[phases.length - 1].phase !== u.phase) {
        phases.push({ phase: u.phase, atSec: u.analysedSec });
        $('phases').textContent = phases.map(p => p.phase + ' ' + clock(p.atSec)).join(' → ');
      }
    } else {
      $('analysed').textContent = 'received ' + clock(u.receivedSec);
    }
    if (u.baseline) renderBaseline(u.baseline);
    renderSilent(u.silent || []);
    renderEpisodes(u.episodes || []);
    if (u.trend) drawTrend(u.trend);
  }

  // A sensor that stopped sending: say which, and since when; the analysis goes on without it.
  function renderSilent(silent) {
    $('silent').textContent = silent.length
      ? 'no data from ' + silent.map(c => c.label + (c.sinceSec > 0 ? ' since ' + clock(c.sinceSec) : ' yet'))
        .join(', ') + ': the analysis goes on without ' + (silent.length > 1 ? 'them' : 'it')
      : '';
    $('silent').classList.toggle('hidden', !silent.length);
  }

  // S and P are measured against the baseline: say which stretch it is, and when it may still change.
  function renderBaseline(b) {
    const span = b.startSec == null ? '' : clock(b.startSec) + '–' + clock(b.endSec);
    $('baseline').textContent = {
      waiting: 'baseline: waiting for a calm 3-minute stretch (no episodes shown before it)',
      found: 'baseline ' + span,
      given: 'baseline ' + span + ' (given)',
      provisional: 'baseline ' + span + ', provisional: the first minutes held no calm stretch; '
        + 'the episodes are judged again against the calmest stretch when the session ends',
    }[b.state] || '';
  }

  function renderEpisodes(list) {
    const items = list.map(e => el('li', { class: e.open ? 'open' : '', 'data-outcome': e.outcome, 'data-open': String(e.open) },
      clock(e.onsetSec), '–', e.open ? 'now' : clock(e.endSec), ' · peak ', clock(e.peakSec), ' · ',
      el('span', { class: 'badge ' + e.outcome }, e.outcome), e.open ? ' (settling)' : '',
      e.interrupted ? ' · interrupted by an intervention' : ''));
    $('episodes').replaceChildren(...(items.length ? items : [el('li', { class: 'muted' }, 'none yet')]));
  }

  // The trend as a table too (keyboard and screen-reader users): one row per half minute, newest first.
  let lastTrend = null;
  const trendToggle = $('trend-data-toggle'), trendData = $('trend-data');
  function trendTable() {
    if (!lastTrend || trendToggle.getAttribute('aria-expanded') !== 'true') return;
    const t = lastTrend, every = Math.max(1, Math.round(30 / t.stepSec)), rows = [];
    for (let k = t.s.length - 1; k >= 0 && rows.length < 20; k -= every) {
      rows.push(el('tr', {}, el('td', {}, clock(t.startSec + (k + 0.5) * t.stepSec)),
        el('td', {}, num(t.s[k], 1)), el('td', {}, num(t.p[k], 1)), el('td', {}, num(t.hr[k], 0))));
    }
    trendData.replaceChildren(el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Trend as a table' },
      el('table', {}, el('caption', {}, 'S, P and heart rate of the last minutes, newest first'),
        el('thead', {}, el('tr', {}, ['Time', 'S (× baseline spread)', 'P (× baseline spread)', 'Heart rate (beats/min)'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows))));
  }
  trendToggle.addEventListener('click', () => {
    const open = trendToggle.getAttribute('aria-expanded') !== 'true';
    trendToggle.setAttribute('aria-expanded', String(open));
    trendToggle.textContent = (open ? 'Hide' : 'Show') + ' the numbers of the trend';
    trendData.classList.toggle('hidden', !open);
    trendTable();
  });

  function drawTrend(t) {
    lastTrend = t;
    trendTable();
    const xs = t.s.map((_, k) => t.startSec + (k + 0.5) * t.stepSec);
    const data = [xs, t.s, t.p, t.hr];
    const box = $('trend');
    if (!chart) {
      chart = new uPlot({
        width: Math.max(280, box.clientWidth), height: 150, legend: { show: false }, cursor: { show: false },
        scales: { x: { time: false }, z: {}, bpm: {} },
        series: [{}, { scale: 'z', stroke: '#c08457', width: 1.5 }, { scale: 'z', stroke: '#5b9a8b', width: 1.5 },
          { scale: 'bpm', stroke: '#8a94a6', width: 1 }],
        axes: [{ values: (u, vals) => vals.map(clock) }, { scale: 'z', size: 36 }, { scale: 'bpm', side: 1, size: 36, grid: { show: false } }],
      }, data, box);
      window.addEventListener('resize', () => chart.setSize({ width: Math.max(280, box.clientWidth), height: 150 }));
    } else {
      chart.setData(data);
    }
  }

  // --- marks, stamped at the key press on the session's clock ---
  function sessionNow() { return lastReceived + (performance.now() - lastAt) / 1000 * speed; }
  function mark(label, atSec) {
    const at = atSec === undefined ? sessionNow() : atSec;
    const sent = socket.send({ type: 'mark', label, atSec: Math.max(0, at) });
    $('marks').prepend(el('li', {}, label + ' at ' + clock(at) + (sent ? '' : ' (not sent: no connection)')));
  }
  const noteForm = $('note-form');
  let noteAt = 0;
  function openNote() {
    noteAt = sessionNow();
    $('note-time').textContent = clock(noteAt);
    noteForm.classList.remove('hidden');
    noteForm.text.value = '';
    noteForm.text.focus();
  }
  noteForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    mark('note: ' + (noteForm.text.value.trim() || '(no text)'), noteAt);
    noteForm.classList.add('hidden');
  });
  function toggleDim() { document.body.classList.toggle('dim'); localStorage.setItem('lacrima.dim', document.body.classList.contains('dim') ? '1' : ''); }
  if (localStorage.getItem('lacrima.dim')) document.body.classList.add('dim');
  document.querySelectorAll('[data-mark]').forEach(b => b.addEventListener('click', () => b.dataset.mark === 'note' ? openNote() : mark(b.dataset.mark)));
  $('dim').addEventListener('click', toggleDim);
  document.addEventListener('keydown', (ev) => {
    if (ev.target.closest('input, textarea, select') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const key = ev.key.toLowerCase();
    if (key === 'i') mark('intervention');
    else if (key === 't') mark('tears');
    else if (key === 'n') { ev.preventDefault(); openNote(); }
    else if (key === 'd') toggleDim();
  });

  // --- end, strap, demo ---
  $('end').addEventListener('click', async () => {
    if (!confirm('End the live session and store it?')) return;
    $('end').disabled = true;
    $('end-status').textContent = 'storing…';
    try {
      const ended = await Api.post('/api/live-sessions/' + encodeURIComponent(liveId) + '/end');
      location.href = '/session.html?id=' + encodeURIComponent(ended.sessionId);
    } catch (e) { showMessage(message, e.message); $('end').disabled = false; $('end-status').textContent = ''; }
  });
  if (window.BleSources) BleSources.attach($('strap'), $('strap-status'), socket, sessionNow);
  else $('strap').disabled = true;
  if (live.demo) {
    $('demo-row').classList.remove('hidden');
    $('demo').addEventListener('click', async () => {
      $('demo').disabled = true;
      try { await Api.post('/api/live-sessions/' + encodeURIComponent(liveId) + '/demo'); }
      catch (e) { showMessage(message, e.message); $('demo').disabled = false; }
    });
  }
})();
