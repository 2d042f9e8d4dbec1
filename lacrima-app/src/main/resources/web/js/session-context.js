// What the numbers of a session rest on: the calm stretch used as baseline and how good each channel was.
const SessionContext = (() => {
  const TYPE_WORDS = { ECG: 'heart (ECG)', PPG: 'pulse (PPG)', BVP: 'pulse (BVP)', EDA: 'skin conductance (EDA)',
    RSP: 'breathing belt', RR: 'beat-to-beat intervals', ACC: 'movement', TEMP: 'skin temperature', OTHER: 'other' };

  function render(doc, target) {
    const b = doc.baseline;
    const baseline = b && b.startSec !== null && b.endSec !== null
      ? `${clock(b.startSec)}–${clock(b.endSec)} (${Math.round((b.endSec - b.startSec) / 60 * 10) / 10} min), `
        + (b.automatic ? 'chosen automatically as the calmest stable stretch' : 'chosen by you')
      : 'none could be found';
    const rows = doc.channels.map(c => el('tr', {},
      el('td', {}, c.label), el('td', {}, TYPE_WORDS[c.type] || c.type),
      el('td', {}, c.rateHz === null ? '–' : num(c.rateHz, 0) + ' Hz'),
      el('td', {}, c.goodFraction === null ? '–' : Math.round(c.goodFraction * 100) + ' % usable'),
      el('td', {}, c.used ? 'used' : 'not used')));
    target.replaceChildren(el('div', { class: 'card' },
      el('h2', {}, 'Baseline and signal quality'),
      el('p', { id: 'baseline-used' }, 'Baseline: ', baseline, '. Values marked "× baseline spread" count how many times '
        + 'the usual spread of this calm stretch a signal moved away from it.'),
      el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Channels and their quality' },
        el('table', { id: 'channel-quality' },
          el('thead', {}, el('tr', {}, ['Channel', 'Signal', 'Sampling rate', 'Quality', 'In the analysis'].map(h => el('th', {}, h)))),
          el('tbody', {}, rows)))));
  }

  return { render };
})();
