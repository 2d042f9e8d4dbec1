// The words and colours shared with the CLI report: names and sentences from /vocabulary.json, colours
// from the custom properties of /css/lacrima.css (the report inlines both files).
const Vocabulary = (() => {
  let loaded = null;
  const words = { outcomes: {}, signals: {}, spread: {} };

  async function load() {
    if (!loaded) {
      loaded = fetch('/vocabulary.json').then(r => r.json()).then(v => Object.assign(words, v)).catch(() => words);
    }
    return loaded;
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

  return { load, colour, signalName, signalUnit, outcome, words };
})();
