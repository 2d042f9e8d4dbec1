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
  // Sign-up closed on this server (accounts come from its administrator): say so instead of the form.
  fetch('/api/health').then(r => r.json()).then(h => {
    if (h.signupOpen === false) {
      const signup = document.getElementById('signup');
      signup.replaceChildren(Object.assign(document.createElement('h2'), { textContent: 'New here?' }),
        Object.assign(document.createElement('p'), {
          textContent: 'Accounts on this server are created by its administrator; please ask them for one.' }));
    }
  }).catch(() => {});
  // Already signed in? Go straight to the clients. (GET /api/signin answers 200 either way: no 401 in the console.)
  fetch('/api/signin', { credentials: 'same-origin' }).then(r => r.json())
    .then(s => { if (s.signedIn) location.href = '/clients.html'; }).catch(() => {});
})();
