// Shows the clinician's running analyses, polling while any is active.
function watchJobs(target, onFinished) {
  let seenActive = new Set();
  const lastState = new Map();
  const WORDS = { queued: 'is waiting', running: 'is being analysed', done: 'is analysed', failed: 'could not be analysed' };
  async function poll() {
    let jobs = [];
    try { jobs = await Api.get('/api/jobs'); } catch (e) { return setTimeout(poll, 3000); }
    const active = new Set(jobs.map(j => j.id));
    const finished = [...seenActive].filter(id => !active.has(id));
    seenActive = active;
    // Job status changes are announced once each (live region), not on every poll.
    const changed = jobs.filter(j => lastState.get(j.id) !== j.state);
    jobs.forEach(j => lastState.set(j.id, j.state));
    if (changed.length) announce(changed.map(j => 'A session ' + (WORDS[j.state] || j.state) + '.').join(' '));
    else if (finished.length) announce(finished.length === 1 ? 'An analysis finished.' : finished.length + ' analyses finished.');
    target.replaceChildren(jobs.length ? el('div', { class: 'card' }, el('h2', {}, 'Analyses in progress'),
      el('table', {}, el('tbody', {}, jobs.map(j => el('tr', {},
        el('td', {}, el('a', { href: '/session.html?id=' + encodeURIComponent(j.sessionId) }, 'session')),
        el('td', {}, jobBadge(j))))))) : '');
    if (finished.length && onFinished) onFinished(finished);
    setTimeout(poll, jobs.length ? 1000 : 4000);
  }
  poll();
}
