(async () => {
  await pageHeader();
  const clientId = param('id');
  const message = document.getElementById('message');
  const health = await Api.get('/api/health');
  const STATE_WORDS = { done: 'analysed', failed: 'analysis failed', queued: 'waiting', running: 'analysing' };

  async function load() {
    let data;
    try { data = await Api.get('/api/clients/' + encodeURIComponent(clientId) + '/history'); }
    catch (e) { showMessage(message, e.message); return; }
    document.getElementById('code').textContent = data.client.code;
    // Filled once, and never over what the clinician has started typing.
    if (!noteForm.dataset.filled && noteForm.note.value === '') noteForm.note.value = data.client.note;
    noteForm.dataset.filled = '1';
    document.title = 'Lacrima — ' + data.client.code;
    const rows = data.sessions;
    document.getElementById('no-sessions').classList.toggle('hidden', rows.length > 0);
    const open = (s) => (ev) => { if (!ev.target.closest('input, button, a, label')) location.href = '/session.html?id=' + encodeURIComponent(s.sessionId); };
    document.querySelector('#history tbody').replaceChildren(...rows.map((s, i) => el('tr', { class: 'clickable', onclick: open(s), 'data-date': s.recordingDate.date, 'data-source': s.recordingDate.source },
      el('td', {}, i + 1), el('td', { class: 'date-cell' }, dateCell(s)),
      el('td', {}, el('a', { href: '/session.html?id=' + encodeURIComponent(s.sessionId) }, s.title)),
      el('td', {}, s.latestJobState ? el('span', { class: 'badge ' + s.latestJobState }, STATE_WORDS[s.latestJobState] || s.latestJobState) : '',
        s.latestJobState === 'failed' && s.latestJobMessage ? el('div', { class: 'small job-reason', style: 'color:var(--error)' }, s.latestJobMessage) : ''),
      el('td', {}, s.analysed ? s.resolved : '–'), el('td', {}, s.analysed ? s.sustained : '–'), el('td', {}, s.analysed ? s.subsided : '–'),
      el('td', {}, num(s.maxPeakS, 1)), el('td', {}, num(s.meanVagalRebound, 1)),
      el('td', {}, (s.distressBefore ?? '–') + ' → ' + (s.distressAfter ?? '–')))));
    Charts.history(rows);
  }

  // The day a session is filed under, where it came from, and a date field to correct it in place.
  const SOURCE_WORDS = { clinician: 'date you entered', recording: 'from the recording', unknown: 'date unknown: upload day shown' };
  function dateCell(s) {
    const d = s.recordingDate;
    const input = el('input', { type: 'date', class: 'date-edit', value: d.source === 'clinician' ? d.date : '',
      'aria-label': 'Recording date of ' + s.title + ' (empty: use the recording\'s own date)' });
    input.addEventListener('change', async () => {
      try {
        await Api.put('/api/sessions/' + encodeURIComponent(s.sessionId) + '/date', { recordedOn: input.value || null });
        showMessage(message, 'Date of ' + s.title + ' saved.', 'info');
        await load();
      } catch (e) { showMessage(message, e.message); }
    });
    return [el('span', { class: 'date-shown' }, d.date + (d.time ? ' ' + d.time : '')),
      el('div', { class: 'small date-source ' + d.source }, SOURCE_WORDS[d.source] || d.source), input];
  }

  const noteForm = document.getElementById('note-form');
  noteForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await Api.patch('/api/clients/' + encodeURIComponent(clientId), { note: noteForm.note.value });
      showMessage(message, 'Note saved.', 'info');
    } catch (e) { showMessage(message, e.message); }
  });
  const form = document.getElementById('upload');
  const status = document.getElementById('upload-status');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const files = [...form.recording.files, ...form.events.files];
    const total = files.reduce((a, f) => a + f.size, 0);
    if (total > health.maxUploadBytes) {
      showMessage(message, `The files are ${Math.round(total / 1048576)} MB; the upload limit is ${Math.round(health.maxUploadBytes / 1048576)} MB. Nothing was sent.`);
      // Not sent, but recorded: the refusal stays in the list as a failed job with its reason.
      const name = (form.recording.files[0] || files[0]).name;
      try { await Api.post('/api/clients/' + encodeURIComponent(clientId) + '/refused-uploads', { fileName: name, sizeBytes: total }); }
      catch (e) { /* the message above already says what happened */ }
      await load();
      return;
    }
    const button = document.getElementById('upload-button');
    button.disabled = true;
    status.textContent = 'uploading…';
    try {
      const created = await Api.upload('/api/clients/' + encodeURIComponent(clientId) + '/sessions', new FormData(form));
      location.href = '/session.html?id=' + encodeURIComponent(created.session.id);
    } catch (e) {
      showMessage(message, 'The upload was not accepted: ' + e.message);
    } finally {
      button.disabled = false;
      status.textContent = '';
    }
  });
  // Data-access requests and deletion: the zip holds recordings, analyses and events.
  document.getElementById('export-link').href = '/api/clients/' + encodeURIComponent(clientId) + '/export';
  document.getElementById('delete-client').addEventListener('click', async () => {
    const code = document.getElementById('code').textContent;
    if (!confirm('Delete client ' + code + ' with all their sessions, analyses and uploaded files? This cannot be undone.')) return;
    try {
      await Api.del('/api/clients/' + encodeURIComponent(clientId));
      location.href = '/clients.html';
    } catch (e) { showMessage(message, e.message); }
  });
  await load();
  watchJobs(document.getElementById('jobs'), load);
})();
