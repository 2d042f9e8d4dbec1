// A chest strap straight from the browser (Web Bluetooth): RR intervals from any strap with the
// standard Heart Rate Service, and the Polar H10's raw ECG (130 Hz) and accelerometer (50 Hz) through its
// measurement-data service. Samples go to the live socket in numbered 1-s chunks, kept until acknowledged and resent
// after a reconnect of the socket; a lost strap is reconnected and its gap filled on the strap's clock.
const BleSources = (() => {
  const P = BleParsers.PMD;
  const ACC_LABELS = ['ACC_X', 'ACC_Y', 'ACC_Z'];

  // Numbered chunks over the page's socket; the server's "ready" says where to (re)start.
  function feed(socket, channels, accelerometerSite) {
    const unacked = new Map();
    let seq = null;
    let pending = {};
    const hello = { type: 'hello', channels, accelerometerSite };
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
    let accSec = 0, lastAcc = [0, 0, 1], accRate = 0;
    const show = (state) => say(`${device.name || 'strap'}: ${state}${battery}${ecgRate ? ' · ECG ' + ecgRate + ' Hz' : ' · RR only'}${accRate ? ' · movement ' + accRate + ' Hz' : ''}${out && out.unsent() ? ' · ' + out.unsent() + ' s waiting to send' : ''}`);

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
      await startPmd(gatt).catch(() => { ecgRate = 0; accRate = 0; });
    }

    // The H10's measurement-data service: raw ECG and, beside it, the trunk accelerometer, which tells a short
    // walk from an arousal build-up (the heart rate rises with both). Each starts if the strap grants it.
    async function startPmd(gatt) {
      const pmd = await gatt.getPrimaryService(P.service);
      const control = await pmd.getCharacteristic(P.control);
      const data = await pmd.getCharacteristic(P.data);
      const responses = [];
      control.addEventListener('characteristicvaluechanged', (ev) => responses.push(BleParsers.pmdControlResponse(ev.target.value)));
      await control.startNotifications(); // indications first, or the strap will not stream
      let accResolution = 16;
      data.addEventListener('characteristicvaluechanged', (ev) => {
        if (!out) return;
        const type = BleParsers.pmdFrameType(ev.target.value);
        // Kept by sample count on the strap's own clock, not by the frames' (jumpy) timestamps.
        if (type === P.ECG) {
          const frame = BleParsers.pmdEcgFrame(ev.target.value);
          out.regular('ECG', frame.microvolts.map(uv => uv / 1000));
          ecgSec += frame.microvolts.length / ecgRate;
          lastEcg = frame.microvolts[frame.microvolts.length - 1] / 1000;
        } else if (type === P.ACC) {
          const g = BleParsers.pmdAccFrame(ev.target.value, accResolution).milliG;
          ['x', 'y', 'z'].forEach((a, k) => out.regular(ACC_LABELS[k], g[a].map(mg => mg / 1000)));
          accSec += g.x.length / accRate;
          lastAcc = ['x', 'y', 'z'].map(a => g[a][g[a].length - 1] / 1000);
        }
      });
      await data.startNotifications();
      async function start(type, command) {
        await control.writeValueWithResponse(BleParsers.pmdGetSettings(type));
        const settings = await waitFor(responses);
        const chosen = command(settings);
        await control.writeValueWithResponse(chosen.bytes);
        const started = await waitFor(responses);
        if (!started.ok) throw new Error('the strap refused to start (status ' + started.status + ')');
        return chosen.rate;
      }
      ecgRate = await start(P.ECG, (s) => {
        const rate = s.sampleRates.includes(130) ? 130 : s.sampleRates[0];
        return { rate, bytes: BleParsers.pmdStartEcg(rate, s.resolutions[0] || 14) };
      }).catch(() => 0);
      accRate = await start(P.ACC, (s) => {
        // 50 Hz shows steps and posture; 8 g never clips a step
        if (!s.sampleRates.length) throw new Error('the strap offers no accelerometer rate');
        const rate = s.sampleRates.includes(50) ? 50 : Math.min(...s.sampleRates);
        accResolution = s.resolutions[0] || 16;
        const range = s.ranges.includes(8) ? 8 : Math.max(...s.ranges, 8);
        return { rate, bytes: BleParsers.pmdStartAcc(rate, accResolution, range) };
      }).catch(() => 0);
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
    if (accRate) ACC_LABELS.forEach(label => channels.push({ label, type: 'ACC', unit: 'g', rateHz: accRate }));
    rrClock = ecgSec = accSec = Math.max(0, sessionNow());
    // A strap that sends ECG or names itself an H10 is worn on the chest (Polar's arm sensors send no ECG), and its
    // accelerometer tilts with every breath: the server derives the talking from it when there is no belt.
    const onChest = accRate && (ecgRate || /\bH10\b/.test(device.name || ''));
    out = feed(socket, channels, onChest ? 'chest' : 'unknown');
    const hadEcg = ecgRate, hadAcc = accRate;
    show('connected');
    setInterval(() => show(device.gatt.connected ? 'connected' : 'reconnecting…'), 2000);
    device.addEventListener('gattserverdisconnected', async () => {
      show('lost; reconnecting…');
      for (let pause = 1000; !device.gatt.connected; pause = Math.min(10000, pause * 2)) {
        try { await setup(); } catch (e) { await new Promise(r => setTimeout(r, pause)); }
      }
      // The time the strap was away: RR continues after it, ECG and movement are held at their last values
      // through it. A stream the strap no longer grants stays held, so the session's channels keep one clock.
      const now = sessionNow();
      rrClock = Math.max(rrClock, now);
      ecgRate = hadEcg;
      accRate = hadAcc;
      if (hadEcg && now > ecgSec) {
        const gap = Math.round((now - ecgSec) * hadEcg);
        out.regular('ECG', new Array(gap).fill(lastEcg));
        ecgSec += gap / hadEcg;
      }
      if (hadAcc && now > accSec) {
        const gap = Math.round((now - accSec) * hadAcc);
        ACC_LABELS.forEach((label, k) => out.regular(label, new Array(gap).fill(lastAcc[k])));
        accSec += gap / hadAcc;
      }
      show('connected');
    });
  }

  return { attach, feed };
})();
