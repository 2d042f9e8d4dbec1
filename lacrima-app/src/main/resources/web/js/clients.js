(async () => {
  await pageHeader();
  const message = document.getElementById('message');
  const tbody = document.querySelector('#clients tbody');

  async function load() {
    const clients = await Api.get('/api/clients');
    tbody.replaceChildren(...clients.map(c => el('tr', { class: 'clickable', onclick: () => { location.href = '/client.html?id=' + encodeURIComponent(c.id); } },
      el('td', {}, el('a', { href: '/client.html?id=' + encodeURIComponent(c.id) }, c.code)),
      el('td', {}, c.sessionCount), el('td', { class: 'muted' }, c.note))));
    document.getElementById('empty').classList.toggle('hidden', clients.length > 0);
  }

  const form = document.getElementById('new-client');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const c = await Api.post('/api/clients', Object.fromEntries(new FormData(form)));
      form.reset();
      showMessage(message, 'Client ' + c.code + ' added.', 'info');
      await load();
    } catch (e) { showMessage(message, e.message); }
  });
  await load();
  watchJobs(document.getElementById('jobs'));
})();
