// On the client page: start a live session, or return to one still running.
(() => {
  const clientId = param('id');
  const list = document.getElementById('live-sessions');
  async function load() {
    const sessions = await Api.get('/api/clients/' + encodeURIComponent(clientId) + '/live-sessions');
    list.replaceChildren(...sessions.filter(s => s.state === 'live').map(s =>
      el('li', {}, el('a', { href: '/live.html?id=' + encodeURIComponent(s.id) }, s.title), ' · started ',
        new Date(s.createdAtMillis).toLocaleTimeString(), ' · still open')));
  }
  document.getElementById('start-live').addEventListener('click', async () => {
    try {
      const live = await Api.post('/api/clients/' + encodeURIComponent(clientId) + '/live-sessions', {});
      location.href = '/live.html?id=' + encodeURIComponent(live.id);
    } catch (e) { showMessage(document.getElementById('message'), e.message); }
  });
  load().catch(() => {});
})();
