// Heart rate variability of the whole session (time and frequency domain), each figure with its unit
// and what it says, in a therapist's words.
const SessionHrv = (() => {
  const ROWS = [
    ['meanHrBpm', 'Mean heart rate', 'beats/min', 0, 'average over the session'],
    ['meanNnMs', 'Mean NN interval', 'ms', 0, 'average time between normal heartbeats'],
    ['sdnnMs', 'SDNN', 'ms', 0, 'overall variability of the intervals'],
    ['rmssdMs', 'RMSSD', 'ms', 1, 'beat-to-beat variability, mostly vagal (parasympathetic)'],
    ['pnn50Percent', 'pNN50', '%', 1, 'share of successive intervals differing by more than 50 ms'],
    ['lfPowerMs2', 'LF power (0.04–0.15 Hz)', 'ms²', 0, 'slow swings: blood-pressure regulation, both branches'],
    ['hfPowerMs2', 'HF power (0.15–0.40 Hz)', 'ms²', 0, 'swings with breathing: vagal tone'],
    ['lfHfRatio', 'LF/HF', 'ratio', 2, 'read with care: not a clean sympathetic–vagal balance'],
  ];

  async function show(base, target, status) {
    try {
      const h = await Api.get(base + '/hrv');
      status.textContent = h.intervals
        ? `From ${h.intervals} heartbeat intervals (${h.source}${h.corrected ? ', ' + h.corrected + ' corrected as artefacts' : ''}).`
        : 'No heart rate variability: ' + (h.warnings[0] || 'no heartbeats were found') + '.';
      if (!h.intervals) { target.replaceChildren(); return; }
      target.replaceChildren(el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Heart rate variability' },
        el('table', { id: 'hrv-table' }, el('caption', { class: 'visually-hidden' }, 'Heart rate variability over the whole session'),
          el('thead', {}, el('tr', {}, ['Measure', 'Value', 'What it says'].map(c => el('th', { scope: 'col' }, c)))),
          el('tbody', {}, ROWS.map(([key, name, unit, digits, about]) => el('tr', { 'data-measure': key },
            el('th', { scope: 'row' }, name), el('td', {}, h[key] === null ? '–' : num(h[key], digits) + ' ' + unit),
            el('td', { class: 'muted small' }, about)))))),
        ...(h.warnings.length ? [el('p', { class: 'muted small' }, 'Not assessed: ' + h.warnings.join('; ') + '.')] : []));
    } catch (e) {
      status.textContent = 'Heart rate variability could not be computed: ' + e.message;
    }
  }

  return { show };
})();
