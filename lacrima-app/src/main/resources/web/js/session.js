(async () => {
  await Promise.all([pageHeader(), Vocabulary.load()]);
  const sessionId = param('id');
  const base = '/api/sessions/' + encodeURIComponent(sessionId);
  const message = document.getElementById('message');
  let detail = null, doc = null, shownAnalysisId = undefined, polling = false;


  async function load() {
    try { detail = await Api.get(base); } catch (e) { showMessage(message, e.message); return; }
    const s = detail.session;
    document.getElementById('title').textContent = s.title;
    document.title = 'Lacrima — ' + s.title;
    const link = document.getElementById('client-link');
    link.href = '/client.html?id=' + encodeURIComponent(detail.client.id);
    link.textContent = '← client ' + detail.client.code;
    renderStatus();
    renderEvents();
    renderNotes();
    renderJobsAndFiles();
    const analysisId = detail.analysis ? detail.analysis.id : null;
    if (analysisId !== shownAnalysisId) {
      shownAnalysisId = analysisId;
      if (analysisId) {
        doc = await Api.get(base + '/analysis');
        renderAnalysis();
        fillSettings(detail.analysis.settings);
      }
    }
    // A mark added, changed or deleted is drawn at once, not only after the next analysis.
    else if (doc && JSON.stringify(detail.events) !== drawnEvents) renderAnalysis();
    const active = detail.jobs.some(j => j.state === 'queued' || j.state === 'running');
    if (active && !polling) { polling = true; setTimeout(() => { polling = false; load(); }, 1000); }
  }

  function renderStatus() {
    const latest = detail.jobs[0];
    const box = document.getElementById('status');
    const parts = [];
    if (latest) parts.push(el('p', {}, 'Latest analysis: ', jobBadge(latest)));
    if (latest && latest.state === 'failed') parts.push(el('p', { class: 'message error', id: 'job-error' }, 'The analysis could not be completed: ' + latest.message));
    if (!detail.analysis && (!latest || latest.state !== 'failed')) parts.push(el('p', { class: 'muted' }, 'The results appear here when the analysis has finished.'));
    if (detail.analysis) parts.push(el('p', { class: 'muted small' }, 'Showing the analysis of ' + new Date(detail.analysis.createdAtMillis).toLocaleString()));
    box.replaceChildren(...parts);
  }

  function renderAnalysis() {
    document.getElementById('analysis').classList.remove('hidden');
    document.getElementById('warnings').replaceChildren(...(doc.warnings.length ? [el('div', { class: 'card' },
      el('h2', {}, 'What could not be assessed'), el('ul', {}, doc.warnings.map(w => el('li', { class: 'muted' }, w))))] : []));
    SessionContext.render(doc, document.getElementById('context'));
    drawnEvents = JSON.stringify(detail.events);
    renderEvents();
    renderGlossary();
    Charts.session(doc, document.getElementById('charts'), detail.events, t => {
      document.querySelector('#event-form [name=onset]').value = clock(t);
    });
    Charts.onRange(RawSignals.zoomed);
    RawSignals.show(base, doc, document.getElementById('raw'), document.getElementById('raw-status'));
    SessionHrv.show(base, document.getElementById('hrv'), document.getElementById('hrv-status'));
    document.querySelector('#episodes tbody').replaceChildren(...doc.episodes.flatMap((e, i) => episodeRows(e, i + 1)));
    document.getElementById('no-episodes').classList.toggle('hidden', doc.episodes.length > 0);
    renderDropped(doc.droppedCandidates || []);
    document.getElementById('fhir-export').href = base + '/fhir';
  }

  // Rises the detector followed and turned down, with the check each failed (the contract's droppedCandidates).
  function renderDropped(dropped) {
    const box = document.getElementById('dropped');
    box.classList.toggle('hidden', dropped.length === 0);
    document.getElementById('dropped-count').textContent = String(dropped.length);
    box.querySelector('ul').replaceChildren(...dropped.map(d => el('li', { 'data-reason': d.reason },
      clock(d.onsetSec) + '–' + clock(d.droppedAtSec) + ': ' + d.description)));
  }

  function renderGlossary() {
    document.querySelector('#glossary dl').replaceChildren(...['resolved', 'sustained', 'subsided'].flatMap(o => [
      el('dt', {}, el('span', { class: 'badge ' + o }, o)), el('dd', {}, Vocabulary.outcome(o).explanation)]));
    document.getElementById('spread-explained').textContent = Vocabulary.words.spread.explanation || '';
    document.getElementById('disclaimer').textContent = Vocabulary.words.disclaimer || '';
  }

  // Plain durations: "45 s", "3 min 20 s".
  function duration(sec) {
    if (sec === null || sec === undefined || !isFinite(sec)) return '–';
    const s = Math.round(sec);
    return s < 60 ? s + ' s' : Math.floor(s / 60) + ' min' + (s % 60 ? ' ' + (s % 60) + ' s' : '');
  }
  const spread = (v, signed) => v === null || v === undefined || !isFinite(v) ? '–'
    : (signed && v > 0 ? '+' : '') + num(v, 1) + ' × baseline spread';

  // A metric's value in its unit (EpisodeMetric.Unit's symbols); null is "not assessed", shown as a dash.
  function metricValue(d, v) {
    switch (d.unit) {
      case 's': return duration(v);
      case 'z': return spread(v, d.min === null);
      case 'fraction': return v === null || v === undefined || !isFinite(v) ? '–' : Math.round(v * 100) + ' %';
      case '': return (v || []).join(', ') || '–';
      default: return num(v, 2);
    }
  }

  // Four key columns in plain words; every other measure, with its unit and meaning, behind "Details".
  function episodeRows(e, n) {
    const m = e.metrics, detailsId = 'episode-' + n + '-details';
    const rebound = m.vagalReboundSize === null ? 'not assessed'
      : m.vagalReboundSize > 0 ? spread(m.vagalReboundSize, true) + (m.vagalReboundLatencySec !== null ? ', ' + duration(m.vagalReboundLatencySec) + ' after the peak' : '')
        : 'none (' + spread(m.vagalReboundSize, true) + ')';
    const toggle = el('button', { type: 'button', class: 'plain details-toggle', 'aria-expanded': 'false', 'aria-controls': detailsId },
      'Details', el('span', { class: 'visually-hidden' }, ' of episode ' + n));
    const row = el('tr', { class: 'episode', 'data-episode': n, 'data-outcome': e.outcome },
      el('td', { 'data-label': '#' }, n),
      el('td', { 'data-label': 'How it ended' }, el('span', { class: 'badge ' + e.outcome }, e.outcome),
        e.interrupted ? el('span', { class: 'small' }, ' interrupted') : '',
        el('div', { class: 'small outcome-sentence' }, Vocabulary.outcome(e.outcome).summary
          + (e.interrupted ? ' Interrupted: ' + (Vocabulary.words.interrupted || '') + '.' : ''))),
      el('td', { 'data-label': 'Started at' }, clock(e.onsetSec), el('div', { class: 'muted small' }, 'into the session')),
      el('td', { 'data-label': 'Build-up lasted' }, duration(m.buildUpSec)),
      el('td', { 'data-label': 'Peak arousal' }, spread(m.peakS), el('div', { class: 'muted small' }, 'at ' + clock(e.peakSec))),
      el('td', { 'data-label': 'Vagal rebound' }, rebound),
      el('td', { class: 'no-print actions' }, toggle, ' ',
        el('button', { type: 'button', class: 'plain', onclick: () => { Charts.zoom(Math.max(0, e.onsetSec - 60), (e.endSec ?? e.peakSec) + 60);
          document.getElementById('signals-card').scrollIntoView(); announce('Charts zoomed to episode ' + n); } },
          'Show on the charts', el('span', { class: 'visually-hidden' }, ' (episode ' + n + ')'))));
    const item = (term, value, about, key) => [el('dt', {}, term),
      el('dd', { 'data-metric': key }, value, about ? el('span', { class: 'muted' }, ' — ' + about) : '')];
    const details = el('tr', { class: 'episode-details', id: detailsId, hidden: true },
      el('td', { colspan: '7' }, el('dl', { class: 'metrics' },
        item('Why this outcome', (e.explanation || '').replace(/^\w+ — /, '')),
        item('Peak', clock(e.peakSec), 'the top of the build-up'),
        item('Release', clock(e.releaseSec), 'where the fast drop began'),
        item('End', clock(e.endSec), 'back near the level before the episode'),
        ...Vocabulary.metrics().flatMap(d => item(d.name, metricValue(d, m[d.key]), d.about, d.key)),
        item('Confidence', e.confidence === null ? '–' : Math.round(e.confidence * 100) + ' %', 'how clearly the signals showed this outcome'),
        ...(e.spell ? item('Spell', 'part of spell ' + e.spell, 'episodes close together') : []),
        ...((e.warnings || []).length ? item('Limits', e.warnings.join('; ')) : []))));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      details.hidden = !open;
    });
    return [row, details];
  }

  // --- marked events ---
  const eventForm = document.getElementById('event-form');
  let drawnEvents = null;
  function renderEvents() {
    // Events the recording file brought (EDF+ annotations, E4 tags, events CSV) are listed too; editing
    // one makes it a marked event of the session (the file itself is never changed).
    const fromFile = doc ? doc.events.filter(e => !detail.events.some(m => Math.abs(m.onsetSec - e.onsetSec) < 0.5)) : [];
    document.querySelector('#events tbody').replaceChildren(...detail.events.map(ev => el('tr', { class: 'marked-event' },
      el('td', {}, clock(ev.onsetSec)), el('td', {}, ev.kind), el('td', {}, ev.label),
      el('td', {}, el('button', { class: 'plain', onclick: () => editEvent(ev) }, 'Edit'), ' ',
        el('button', { class: 'plain', onclick: () => deleteEvent(ev) }, 'Delete')))),
      ...fromFile.map(ev => el('tr', { class: 'file-event' },
        el('td', {}, clock(ev.onsetSec)), el('td', {}, 'from the file'), el('td', {}, ev.label),
        el('td', {}, el('button', { class: 'plain', 'aria-label': 'Edit the file event ' + ev.label + ' as a marked event',
          onclick: () => editEvent({ id: '', onsetSec: ev.onsetSec, durationSec: ev.durationSec || 0, kind: eventForm.kind.value, label: ev.label }) }, 'Edit')))));
  }
  function editEvent(ev) {
    eventForm.id.value = ev.id; eventForm.onset.value = clock(ev.onsetSec); eventForm.duration.value = ev.durationSec;
    eventForm.kind.value = ev.kind; eventForm.label.value = ev.label;
    document.getElementById('event-save').textContent = 'Save event';
    document.getElementById('event-cancel').classList.remove('hidden');
  }
  function resetEventForm() {
    eventForm.reset(); eventForm.id.value = '';
    document.getElementById('event-save').textContent = 'Add event';
    document.getElementById('event-cancel').classList.add('hidden');
  }
  document.getElementById('event-cancel').addEventListener('click', resetEventForm);
  async function deleteEvent(ev) {
    try { await Api.del(base + '/events/' + encodeURIComponent(ev.id)); await load(); } catch (e) { showMessage(message, e.message); }
  }
  eventForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { onsetSec: parseClock(eventForm.onset.value), durationSec: Number(eventForm.duration.value || 0),
      kind: eventForm.kind.value, label: eventForm.label.value };
    if (!isFinite(body.onsetSec)) { showMessage(message, 'The event time must look like 12:30 or 750.'); return; }
    try {
      if (eventForm.id.value) await Api.put(base + '/events/' + encodeURIComponent(eventForm.id.value), body);
      else await Api.post(base + '/events', body);
      resetEventForm();
      showMessage(message, 'Event saved. Re-run the analysis to take it into account.', 'info');
      await load();
    } catch (err) { showMessage(message, err.message); }
  });

  // --- notes ---
  const notesForm = document.getElementById('notes-form');
  let notesFilled = false;
  function renderNotes() {
    if (notesFilled) return;
    notesFilled = true;
    const s = detail.session;
    notesForm.title.value = s.title; notesForm.notes.value = s.notes;
    notesForm.distressBefore.value = s.distressBefore ?? ''; notesForm.distressAfter.value = s.distressAfter ?? '';
  }
  const intOrNull = v => v === '' ? null : Number(v);
  notesForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await Api.patch(base, { title: notesForm.title.value, notes: notesForm.notes.value,
        distressBefore: intOrNull(notesForm.distressBefore.value), distressAfter: intOrNull(notesForm.distressAfter.value) });
      showMessage(message, 'Notes saved.', 'info');
      await load();
    } catch (err) { showMessage(message, err.message); }
  });

  // --- re-run ---
  const rerun = document.getElementById('rerun');
  function fillSettings(settings) {
    rerun.baselineStart.value = settings.baselineStartSec === null ? '' : clock(settings.baselineStartSec);
    rerun.baselineEnd.value = settings.baselineEndSec === null ? '' : clock(settings.baselineEndSec);
    rerun.labels.value = settings.interventionLabels.join(', ');
  }
  rerun.addEventListener('submit', async (e) => {
    e.preventDefault();
    const start = rerun.baselineStart.value.trim(), end = rerun.baselineEnd.value.trim();
    const body = { baselineStartSec: start ? parseClock(start) : null, baselineEndSec: end ? parseClock(end) : null,
      interventionLabels: rerun.labels.value.split(',').map(s => s.trim()).filter(Boolean) };
    try {
      await Api.post(base + '/analyze', body);
      showMessage(message, 'The analysis was queued again.', 'info');
      await load();
    } catch (err) { showMessage(message, err.message); }
  });

  function renderJobsAndFiles() {
    document.querySelector('#jobs tbody').replaceChildren(...detail.jobs.map(j => el('tr', {},
      el('td', {}, new Date(j.createdAtMillis).toLocaleString()), el('td', {}, jobBadge(j)),
      el('td', { class: 'small muted' }, (j.settings.baselineStartSec === null ? 'automatic baseline' : 'baseline ' + clock(j.settings.baselineStartSec) + '–' + clock(j.settings.baselineEndSec))
        + (j.settings.interventionLabels.length ? '; interventions: ' + j.settings.interventionLabels.join(', ') : '')))));
    document.querySelector('#files tbody').replaceChildren(...detail.files.map(f => el('tr', {},
      el('td', {}, el('a', { href: base + '/files/' + encodeURIComponent(f.id) }, f.fileName)), el('td', {}, f.role),
      el('td', {}, (f.sizeBytes / 1024).toFixed(0) + ' kB'), el('td', { class: 'small muted sha' }, f.sha256))));
  }

  document.getElementById('zoom-reset').addEventListener('click', () => Charts.reset());
  document.getElementById('print').addEventListener('click', () => window.print());
  await load();
})();
