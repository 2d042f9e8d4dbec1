// Byte parsers for the Bluetooth sources, kept apart from the page so the browser tests can feed them
// byte sequences from the specifications. Every function takes a Uint8Array (or DataView).
const BleParsers = (() => {
  const bytes = (v) => v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);

  // Heart Rate Measurement (service 0x180D, characteristic 0x2A37). Flags: bit 0 HR as uint16,
  // bit 1 contact detected, bit 2 contact supported, bit 3 energy expended (uint16 kJ), bit 4 RR
  // intervals (uint16 LE in 1/1024 s, oldest first, filling the rest; possibly none).
  function heartRateMeasurement(value) {
    const b = bytes(value);
    if (b.length < 2) throw new Error('heart rate measurement shorter than 2 bytes');
    const flags = b[0];
    let i = 1;
    const need = (n, what) => { if (i + n > b.length) throw new Error(`heart rate measurement ends before its ${what}`); };
    let hr;
    if (flags & 0x01) { need(2, 'uint16 heart rate'); hr = b[i] | (b[i + 1] << 8); i += 2; } else { hr = b[i]; i += 1; }
    let energyKj = null;
    if (flags & 0x08) { need(2, 'energy expended'); energyKj = b[i] | (b[i + 1] << 8); i += 2; }
    const rrSec = [];
    if (flags & 0x10) {
      if ((b.length - i) % 2) throw new Error('RR intervals take 2 bytes each; an odd byte is left');
      for (; i < b.length; i += 2) rrSec.push((b[i] | (b[i + 1] << 8)) / 1024);
    }
    return { heartRate: hr, contactSupported: !!(flags & 0x04), contactDetected: !!(flags & 0x02), energyKj, rrSec };
  }

  // Polar Measurement Data (PMD) service of the Polar H10.
  const PMD = {
    service: 'fb005c80-02e7-f387-1cad-8acd2d8df0c8',
    control: 'fb005c81-02e7-f387-1cad-8acd2d8df0c8',
    data: 'fb005c82-02e7-f387-1cad-8acd2d8df0c8',
    ECG: 0,
    ACC: 2,
  };

  // Control point commands: 1 get settings, 2 start, 3 stop; settings as (type, count, uint16 values).
  function pmdGetSettings(type) { return new Uint8Array([0x01, type]); }
  function pmdStartEcg(sampleRateHz, resolutionBits) {
    return new Uint8Array([0x02, PMD.ECG, 0x00, 0x01, sampleRateHz & 0xff, sampleRateHz >> 8,
      0x01, 0x01, resolutionBits & 0xff, resolutionBits >> 8]);
  }
  // Start ACC: setting 0 sample rate, 1 resolution (bits), 2 range (g), each one uint16 LE value.
  function pmdStartAcc(sampleRateHz, resolutionBits, rangeG) {
    return new Uint8Array([0x02, PMD.ACC, 0x00, 0x01, sampleRateHz & 0xff, sampleRateHz >> 8,
      0x01, 0x01, resolutionBits & 0xff, resolutionBits >> 8, 0x02, 0x01, rangeG & 0xff, rangeG >> 8]);
  }
  function pmdStop(type) { return new Uint8Array([0x03, type]); }

  // Control point response: F0 | op code | measurement type | status (0 = success) | more | parameters.
  function pmdControlResponse(value) {
    const b = bytes(value);
    if (b.length < 4 || b[0] !== 0xF0) throw new Error('not a PMD control point response');
    const settings = {};
    for (let i = 5; i + 2 <= b.length;) {
      const type = b[i], count = b[i + 1];
      i += 2;
      const values = [];
      for (let k = 0; k < count && i + 2 <= b.length; k++, i += 2) values.push(b[i] | (b[i + 1] << 8));
      settings[type] = values;
    }
    return { opCode: b[1], measurementType: b[2], status: b[3], ok: b[3] === 0,
      sampleRates: settings[0] || [], resolutions: settings[1] || [], ranges: settings[2] || [] };
  }

  // Every data frame: type (& 0x3F) | uint64 LE timestamp of the last sample, ns since 2000-01-01 on the
  // strap's clock | frame type (bit 7 = compressed) | samples.
  function pmdHeader(value, want, name) {
    const b = bytes(value);
    if (b.length < 10) throw new Error('PMD frame shorter than its 10-byte header');
    const type = b[0] & 0x3F;
    if (type !== want) throw new Error('PMD frame of measurement type ' + type + ', not ' + name);
    let ts = 0n;
    for (let k = 8; k >= 1; k--) ts = (ts << 8n) | BigInt(b[k]);
    return { b, ts, frameType: b[9] };
  }

  // The measurement type of a data frame, to route it to its parser.
  function pmdFrameType(value) { return bytes(value)[0] & 0x3F; }

  // ECG data frame: signed 24-bit LE samples in microvolts.
  function pmdEcgFrame(value) {
    const { b, ts, frameType } = pmdHeader(value, PMD.ECG, 'ECG');
    if (frameType & 0x80) throw new Error('compressed ECG frames are not supported (frame type ' + frameType + ')');
    if (frameType !== 0) throw new Error('ECG frame type ' + frameType + ' is not known');
    if ((b.length - 10) % 3) throw new Error('ECG samples take 3 bytes each; ' + ((b.length - 10) % 3) + ' left over');
    const microvolts = [];
    for (let i = 10; i < b.length; i += 3) {
      const u = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
      microvolts.push(u & 0x800000 ? u - 0x1000000 : u);
    }
    return { timestampNs: ts, frameType, microvolts };
  }

  const signed = (u, bits) => (u & (1 << (bits - 1))) ? u - (1 << bits) : u;
  const littleEndian = (b, at, n) => { let u = 0; for (let k = n - 1; k >= 0; k--) u = u * 256 + b[at + k]; return u; };

  // ACC data frame, x, y, z in mg. Uncompressed frame types 0, 1, 2: samples of three signed 8-, 16- or 24-bit LE
  // values. Compressed (bit 7): a reference sample of three signed values of the stream's resolution (whole bytes),
  // then blocks of (delta width in bits, sample count, the deltas bit-packed least significant bit first, x y z of
  // each sample in turn, padded to a whole byte); each sample is the previous one plus its deltas.
  function pmdAccFrame(value, resolutionBits = 16) {
    const { b, ts, frameType } = pmdHeader(value, PMD.ACC, 'ACC');
    const x = [], y = [], z = [];
    const push = (s) => { x.push(s[0]); y.push(s[1]); z.push(s[2]); };
    if (frameType & 0x80) {
      const width = Math.ceil(resolutionBits / 8);
      if (b.length < 10 + 3 * width) throw new Error('compressed ACC frame shorter than its reference sample');
      let last = [0, 1, 2].map(a => signed(littleEndian(b, 10 + a * width, width), width * 8));
      push(last);
      for (let i = 10 + 3 * width; i < b.length;) {
        if (i + 2 > b.length) throw new Error('compressed ACC frame ends inside a block header');
        const bits = b[i], count = b[i + 1];
        i += 2;
        if (bits < 1 || bits > 24) throw new Error('compressed ACC block with deltas of ' + bits + ' bits');
        const length = Math.ceil(bits * 3 * count / 8);
        if (i + length > b.length) throw new Error('compressed ACC frame ends inside a block of ' + count + ' samples');
        let bit = i * 8;
        for (let k = 0; k < count; k++) {
          last = last.map(v => {
            let u = 0;
            for (let j = 0; j < bits; j++, bit++) u += ((b[bit >> 3] >> (bit & 7)) & 1) * 2 ** j;
            return v + signed(u, bits);
          });
          push(last);
        }
        i += length;
      }
    } else {
      const width = frameType + 1;
      if (width > 3) throw new Error('ACC frame type ' + frameType + ' is not known');
      if ((b.length - 10) % (3 * width)) throw new Error('ACC samples take ' + 3 * width + ' bytes each; '
        + ((b.length - 10) % (3 * width)) + ' left over');
      for (let i = 10; i < b.length; i += 3 * width) {
        push([0, 1, 2].map(a => signed(littleEndian(b, i + a * width, width), width * 8)));
      }
    }
    return { timestampNs: ts, frameType, milliG: { x, y, z } };
  }

  return { heartRateMeasurement, PMD, pmdGetSettings, pmdStartEcg, pmdStartAcc, pmdStop, pmdControlResponse,
    pmdFrameType, pmdEcgFrame, pmdAccFrame };
})();
