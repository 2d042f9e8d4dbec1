// The pages talk to the server only through this JSON API wrapper.
const Api = (() => {
  let me = null;

  async function request(method, path, body, isForm) {
    const headers = {};
    if (method !== 'GET' && me) headers['X-CSRF-Token'] = me.csrfToken;
    let payload;
    if (isForm) payload = body;
    else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
    let res;
    try {
      res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    } catch (e) {
      throw new Error('the server could not be reached (' + e.message + ')');
    }
    if (res.status === 401 && !path.startsWith('/api/sign')) { location.href = '/index.html'; throw new Error('please sign in'); }
    if (res.status === 204) return null;
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!res.ok) throw new Error((data && data.error) || ('request failed with status ' + res.status));
    return data;
  }

  return {
    me: () => me,
    async loadMe() { me = await request('GET', '/api/me'); return me; },
    setMe(m) { me = m; },
    get: (p) => request('GET', p),
    post: (p, b) => request('POST', p, b === undefined ? {} : b),
    patch: (p, b) => request('PATCH', p, b),
    put: (p, b) => request('PUT', p, b),
    del: (p) => request('DELETE', p),
    upload: (p, formData) => request('POST', p, formData, true),
  };
})();

// Small DOM helpers: text always goes in as text, never as HTML.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function showMessage(target, text, kind) {
  target.replaceChildren(text ? el('div', { class: 'message ' + (kind || 'error'), role: 'status' }, text) : '');
}

function clock(sec) {
  if (sec === null || sec === undefined || !isFinite(sec)) return '–';
  const s = Math.round(sec), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0'), ss = String(r).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

// Accepts "90", "1:30" or "1:02:03" and returns seconds (NaN if unreadable).
function parseClock(text) {
  const t = String(text).trim();
  if (!t) return NaN;
  if (!t.includes(':')) return Number(t);
  return t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

function num(v, digits) {
  return v === null || v === undefined || !isFinite(v) ? '–' : Number(v).toFixed(digits === undefined ? 2 : digits);
}

// Says a short sentence to screen-reader users through the page's live region (see pageHeader).
function announce(text) {
  const region = document.getElementById('announce');
  if (region) region.textContent = text;
}

function param(name) { return new URLSearchParams(location.search).get(name); }

function jobBadge(job) {
  return el('span', {}, el('span', { class: 'badge ' + job.state }, job.state), ' ',
    job.state === 'running' || job.state === 'queued'
      ? [el('span', { class: 'progress' }, el('div', { style: `width:${Math.round(job.progress * 100)}%` })), ' ', el('span', { class: 'muted small job-stage' }, job.stage + (job.state === 'running' ? ' · ' + Math.round(job.progress * 100) + ' %' : ''))]
      : job.state === 'failed' ? el('span', { class: 'small', style: 'color:var(--error)' }, job.message) : '');
}

async function pageHeader() {
  const me = await Api.loadMe();
  const header = el('header', {},
    el('a', { class: 'brand', href: '/clients.html' }, 'Lacrima'),
    el('nav', {}, el('a', { href: '/clients.html' }, 'Clients')),
    el('span', { class: 'who', id: 'who' }, me.displayName),
    el('button', { class: 'plain', id: 'signout', onclick: async () => { await Api.post('/api/signout'); location.href = '/index.html'; } }, 'Sign out'));
  document.body.prepend(header);
  // A skip link first in the tab order, and a polite live region pages use to announce changes.
  const main = document.querySelector('main');
  if (main && !main.id) main.id = 'main';
  header.before(el('a', { class: 'skip-link', href: '#' + (main ? main.id : 'main') }, 'Skip to content'));
  if (!document.getElementById('announce')) {
    document.body.append(el('div', { id: 'announce', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }));
  }
  document.body.append(el('footer', { class: 'muted small' },
    'Lacrima reports what the body showed during a session. It does not tell you what to do, and it is not a diagnostic device.'));
  return me;
}
