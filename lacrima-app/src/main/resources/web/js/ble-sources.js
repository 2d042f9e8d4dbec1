// A chest strap straight from the browser (Web Bluetooth): RR intervals from any strap with the
// standard Heart Rate Service, and the Polar H10's raw ECG (130 Hz) through its measurement-data
// service. Samples go to the live socket in numbered 1-s chunks, kept until acknowledged and resent
// after a reconnect of the socket; a lost strap is reconnected and its gap filled on the strap's clock.
const BleSources = (() => {
  const P = BleParsers.PMD;

  // Numbered chunks over the page's socket; the server's "ready" says where to (re)start.
  function feed(socket, channels) {
    const unacked = new Map();
    let seq = null;
    let pending = {};
    const hello = { type: 'hello', channels };
    const resend = () => [...unacked.keys()].sort((a, b) => a - b).forEach(k => socket.send(unacked.get(k)));
    socket.listeners.push((m) => {
      if (m.type === 'ready') {
        if (seq === null) seq = m.nextSeq;
        [...unacked.keys()].filter(k => k < m.nextSeq).forEach(k => unacked.delete(k));
        // Only a session that has no channels yet needs the hello again (a hello is answered with ready).
        if (!m.channels.length) socket.send(hello);
        resend();
      } else if (m.type === 'ack') {
        [...unacked.keys()].filter(k => k < m.nextSeq).forEach(k => unacked.delete(k));
      }
    });
    socket.send(hello);
    setInterval(() => {
      if (seq === null || !Object.keys(pending).length) return;
      const chunk = JSON.stringify({ type: 'chunk', seq, samples: pending });
      unacked.set(seq++, chunk);
      pending = {};
      socket.send(chunk);
    }, 1000);
    return {
      regular(label, values) { (pending[label] = pending[label] || []).push(...values); },
      timed(label, timesSec, values) {
        const p = pending[label] = pending[label] || { timesSec: [], values: [] };
        p.timesSec.push(...timesSec); p.values.push(...values);
      },
      unsent: () => unacked.size,
    };
  }

  function attach(button, status, socket, sessionNow) {
    if (!navigator.bluetooth) {
      button.disabled = true;
      status.textContent = 'Bluetooth needs Chrome or Edge on a secure page (https, or this machine).';
      return;
    }
    const say = (t) => { status.textContent = t; };
    button.addEventListener('click', () => connectStrap(say, socket, sessionNow).catch(e => say(e.message)));
  }

  async function connectStrap(say, socket, sessionNow) {
    const device = await navigator.bluetooth.requestDevice({ filters: [{ services: ['heart_rate'] }],
      optionalServices: ['battery_service', P.service] });
    let out = null, battery = '', rrClock = 0, ecgSec = 0, lastEcg = 0, ecgRate = 0;
    const show = (state) => say(`${device.name || 'strap'}: ${state}${battery}${ecgRate ? ' · ECG ' + ecgRate + ' Hz' : ' · RR only'}${out && out.unsent() ? ' · ' + out.unsent() + ' s waiting to send' : ''}`);

    async function setup() {
      const gatt = await device.gatt.connect();
      try {
        const level = await (await gatt.getPrimaryService('battery_service')).getCharacteristic('battery_level');
        const showLevel = (v) => { battery = ' · battery ' + v.getUint8(0) + ' %'; };
        showLevel(await level.readValue());
        level.addEventListener('characteristicvaluechanged', (ev) => showLevel(ev.target.value));
        await level.startNotifications().catch(() => {});
      } catch (e) { battery = ''; }
      const hrm = await (await gatt.getPrimaryService('heart_rate')).getCharacteristic('heart_rate_measurement');
      hrm.addEventListener('characteristicvaluechanged', (ev) => {
        const m = BleParsers.heartRateMeasurement(ev.target.value);
        if (!out || !m.rrSec.length) return;
        const times = m.rrSec.map(rr => (rrClock += rr));
        out.timed('RR', times, m.rrSec);
      });
      await hrm.startNotifications();
      ecgRate = await startEcg(gatt).catch(() => 0);
    }

    async function startEcg(gatt) {
      const pmd = await gatt.getPrimaryService(P.service);
      const control = await pmd.getCharacteristic(P.control);
      const data = await pmd.getCharacteristic(P.data);
      const responses = [];
      control.addEventListener('characteristicvaluechanged', (ev) => responses.push(BleParsers.pmdControlResponse(ev.target.value)));
      await control.startNotifications(); // indications first, or the strap will not stream
      await control.writeValueWithResponse(BleParsers.pmdGetSettings(P.ECG));
      const settings = await waitFor(responses);
      const rate = settings.sampleRates.includes(130) ? 130 : settings.sampleRates[0];
      const resolution = settings.resolutions[0] || 14;
      data.addEventListener('characteristicvaluechanged', (ev) => {
        const frame = BleParsers.pmdEcgFrame(ev.target.value);
        if (!out) return;
        // Kept by sample count on the strap's own clock, not by the frame's (jumpy) timestamps.
        out.regular('ECG', frame.microvolts.map(uv => uv / 1000));
        ecgSec += frame.microvolts.length / rate;
        lastEcg = frame.microvolts[frame.microvolts.length - 1] / 1000;
      });
      await data.startNotifications();
      await control.writeValueWithResponse(BleParsers.pmdStartEcg(rate, resolution));
      const started = await waitFor(responses);
      if (!started.ok) throw new Error('the strap refused to start ECG (status ' + started.status + ')');
      return rate;
    }

    async function waitFor(responses) {
      for (let i = 0; i < 50 && !responses.length; i++) await new Promise(r => setTimeout(r, 100));
      if (!responses.length) throw new Error('no answer from the strap');
      return responses.shift();
    }

    show('connecting…');
    await setup();
    const channels = [{ label: 'RR', type: 'RR', unit: 's', rateHz: null }];
    if (ecgRate) channels.push({ label: 'ECG', type: 'ECG', unit: 'mV', rateHz: ecgRate });
    rrClock = ecgSec = Math.max(0, sessionNow());
    out = feed(socket, channels);
    const hadEcg = ecgRate;
    show('connected');
    setInterval(() => show(device.gatt.connected ? 'connected' : 'reconnecting…'), 2000);
    device.addEventListener('gattserverdisconnected', async () => {
      show('lost; reconnecting…');
      for (let pause = 1000; !device.gatt.connected; pause = Math.min(10000, pause * 2)) {
        try { await setup(); } catch (e) { await new Promise(r => setTimeout(r, pause)); }
      }
      // The time the strap was away: RR continues after it, ECG is held at its last value through it.
      const now = sessionNow();
      rrClock = Math.max(rrClock, now);
      if (hadEcg && now > ecgSec) {
        const gap = Math.round((now - ecgSec) * hadEcg);
        out.regular('ECG', new Array(gap).fill(lastEcg));
        ecgSec += gap / hadEcg;
      }
      show('connected');
    });
  }

  return { attach, feed };
})();
