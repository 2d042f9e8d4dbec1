// The words and colours shared with the CLI report: names and sentences from /vocabulary.json, colours
// from the custom properties of /css/lacrima.css (the report inlines both files). The episode metrics
// (which, in what order, their units) come from /episode-metrics.json, which the server makes from the
// one definition of them (EpisodeMetric); vocabulary.json only gives them plain names.
const Vocabulary = (() => {
  let loaded = null;
  const words = { outcomes: {}, signals: {}, spread: {}, metrics: {} };
  let metricList = [];

  async function load() {
    if (!loaded) {
      const json = url => fetch(url).then(r => r.ok ? r.json() : Promise.reject(new Error(url + ': ' + r.status)));
      loaded = Promise.all([
        json('/vocabulary.json').then(v => Object.assign(words, v)).catch(() => words),
        json('/episode-metrics.json').then(list => { metricList = list; }).catch(() => {})]);
    }
    return loaded;
  }

  // Every episode metric in the analysis's order: { key, unit, min, max, name, about }, in plain words
  // where the vocabulary has them, else the definition's label and meaning.
  function metrics() {
    return metricList.map(m => {
      const own = words.metrics[m.key] || {};
      return Object.assign({}, m, { name: own.name || m.label, about: own.about || m.meaning.replace(/`/g, '') });
    });
  }

  function colour(name, fallback) {
    return getComputedStyle(document.documentElement).getPropertyValue('--' + name).trim() || fallback;
  }

  // "Heart rate" for "hr"; the key itself when the vocabulary does not know it.
  function signalName(key) { return (words.signals[key] && words.signals[key].name) || key; }

  // The unit as people read it ("beats/min", "× baseline spread"); the stored unit when unknown ("1" is none).
  function signalUnit(key, stored) {
    const own = words.signals[key] && words.signals[key].unit;
    if (own) return own;
    return stored && stored !== '1' ? stored : '';
  }

  function outcome(name) { return words.outcomes[name] || { summary: '', explanation: '' }; }

  return { load, colour, signalName, signalUnit, outcome, metrics, words };
})();
