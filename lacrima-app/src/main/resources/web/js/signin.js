(() => {
  const message = document.getElementById('message');
  for (const id of ['signin', 'signup']) {
    const form = document.getElementById(id);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const data = Object.fromEntries(new FormData(form));
      try {
        await Api.post('/api/' + id, data);
        location.href = '/clients.html';
      } catch (e) {
        showMessage(message, e.message);
      }
    });
  }
  // Already signed in? Go straight to the clients.
  fetch('/api/me', { credentials: 'same-origin' }).then(r => { if (r.ok) location.href = '/clients.html'; });
})();
