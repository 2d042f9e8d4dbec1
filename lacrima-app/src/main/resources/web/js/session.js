(async () => {
  await pageHeader();
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
    Charts.session(doc, document.getElementById('charts'), detail.events, t => {
      document.querySelector('#event-form [name=onset]').value = clock(t);
    });
    const tbody = document.querySelector('#episodes tbody');
    tbody.replaceChildren(...doc.episodes.map((e, i) => el('tr', { class: 'clickable episode', title: 'Zoom the charts to this episode',
      onclick: () => Charts.zoom(Math.max(0, e.onsetSec - 60), (e.endSec ?? e.peakSec) + 60) },
      el('td', {}, i + 1), el('td', {}, clock(e.onsetSec)), el('td', {}, clock(e.peakSec)), el('td', {}, clock(e.releaseSec)), el('td', {}, clock(e.endSec)),
      el('td', {}, el('span', { class: 'badge ' + e.outcome }, e.outcome), e.interrupted ? ' interrupted' : '', el('div', { class: 'muted small' }, (e.spell ? 'spell ' + e.spell + ': ' : '') + (e.explanation || ''))),
      el('td', {}, num(e.confidence)), el('td', {}, clock(e.metrics.buildUpSec)), el('td', {}, num(e.metrics.peakS)),
      el('td', {}, e.metrics.excessGoneFraction60s === null ? '–' : Math.round(e.metrics.excessGoneFraction60s * 100) + ' %'),
      el('td', {}, e.metrics.halfRecoverySec === null ? '–' : num(e.metrics.halfRecoverySec, 0) + ' s'),
      el('td', {}, num(e.metrics.vagalReboundSize)), el('td', {}, e.metrics.secondsAboveThreshold === null ? '–' : num(e.metrics.secondsAboveThreshold, 0) + ' s'),
      el('td', {}, num(e.metrics.postMinusPreLevel)), el('td', { class: 'small' }, (e.metrics.channelsUsed || []).join(', '),
        (e.warnings || []).map(w => el('div', { class: 'muted' }, w))))));
    document.getElementById('no-episodes').classList.toggle('hidden', doc.episodes.length > 0);
    document.getElementById('fhir-export').href = base + '/fhir';
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
      el('td', {}, (f.sizeBytes / 1024).toFixed(0) + ' kB'), el('td', { class: 'small muted' }, f.sha256))));
  }

  await load();
})();
