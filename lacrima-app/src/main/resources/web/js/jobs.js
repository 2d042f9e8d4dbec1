// Shows the clinician's running analyses, polling while any is active.
function watchJobs(target, onFinished) {
  let seenActive = new Set();
  async function poll() {
    let jobs = [];
    try { jobs = await Api.get('/api/jobs'); } catch (e) { return setTimeout(poll, 3000); }
    const active = new Set(jobs.map(j => j.id));
    const finished = [...seenActive].filter(id => !active.has(id));
    seenActive = active;
    target.replaceChildren(jobs.length ? el('div', { class: 'card' }, el('h2', {}, 'Analyses in progress'),
      el('table', {}, el('tbody', {}, jobs.map(j => el('tr', {},
        el('td', {}, el('a', { href: '/session.html?id=' + encodeURIComponent(j.sessionId) }, 'session')),
        el('td', {}, jobBadge(j))))))) : '');
    if (finished.length && onFinished) onFinished(finished);
    setTimeout(poll, jobs.length ? 1000 : 4000);
  }
  poll();
}
