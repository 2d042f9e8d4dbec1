#!/usr/bin/env python3
"""Lab Streaming Layer -> Lacrima live session: a short bridge (see docs/live-protocol.md).

Needs pylsl (pip install pylsl, with liblsl) and websocket-client (pip install websocket-client;
Debian: apt install python3-websocket). Try it without LSL with --simulate (a 4 Hz skin-conductance
sine wave).

  LACRIMA_PASSWORD=... python3 lsl_bridge.py --to http://127.0.0.1:7070 --session ID \
      --email me@clinic.example --lsl-name Shimmer --type EDA --unit uS
"""
import argparse, http.cookiejar, json, math, os, time, urllib.request
import websocket


def sign_in(base, email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    req = urllib.request.Request(base + "/api/signin", json.dumps({"email": email, "password": password}).encode(),
                                 {"Content-Type": "application/json"})
    opener.open(req).read()
    return next(c.value for c in jar if c.name == "lacrima_session")


def lsl_source(name):
    import pylsl
    info = pylsl.resolve_byprop("name", name, timeout=30)[0]
    inlet = pylsl.StreamInlet(info)
    labels = [f"{name}{i + 1}" if info.channel_count() > 1 else name for i in range(info.channel_count())]
    def pull():
        samples, _ = inlet.pull_chunk(timeout=1.0)  # sample order, not LSL clock: rates stay exact
        return [[s[i] for s in samples] for i in range(len(labels))]
    return labels, info.nominal_srate(), pull


def simulated_source(rate=4.0):
    t = [0]
    def pull():
        time.sleep(1.0)
        values = [5 + math.sin(2 * math.pi * (t[0] + k) / rate / 60) for k in range(int(rate))]
        t[0] += int(rate)
        return [values]
    return ["EDA"], rate, pull


class Link:
    """One socket at a time; chunks are kept until acknowledged and resent after a reconnect."""
    def __init__(self, url, cookie, hello):
        self.url, self.cookie, self.hello, self.ws, self.unacked = url, cookie, hello, None, {}

    def connect(self):
        while True:
            try:
                self.ws = websocket.create_connection(self.url, cookie=self.cookie, timeout=10)
                ready = json.loads(self.ws.recv())
                self.ws.send(json.dumps(self.hello))
                self.acked(ready["nextSeq"])
                for seq in sorted(self.unacked):
                    self.ws.send(json.dumps(self.unacked[seq]))
                return
            except (OSError, websocket.WebSocketException) as e:
                print("connecting failed, retrying:", e)
                time.sleep(2)

    def acked(self, next_seq):
        for seq in [s for s in self.unacked if s < next_seq]:
            del self.unacked[seq]

    def send(self, chunk):
        self.unacked[chunk["seq"]] = chunk
        try:
            self.ws.send(json.dumps(chunk))
            self.ws.settimeout(0.05)
            while True:  # read what the server said so far
                m = json.loads(self.ws.recv())
                if m["type"] == "ack":
                    self.acked(m["nextSeq"])
                elif m["type"] == "error":
                    print("server:", m["message"])
        except websocket.WebSocketTimeoutException:
            pass
        except (OSError, websocket.WebSocketException):
            self.connect()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--to", required=True)
    p.add_argument("--session", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--lsl-name")
    p.add_argument("--type", default="OTHER", help="ECG PPG EDA RSP ACC TEMP HR OTHER")
    p.add_argument("--unit", default="")
    p.add_argument("--simulate", action="store_true")
    p.add_argument("--seconds", type=float, default=float("inf"), help="stop after this long")
    a = p.parse_args()
    base = a.to.rstrip("/")
    cookie = "lacrima_session=" + sign_in(base, a.email, os.environ["LACRIMA_PASSWORD"])
    labels, rate, pull = simulated_source() if a.simulate else lsl_source(a.lsl_name)
    kind = "EDA" if a.simulate else a.type
    hello = {"type": "hello", "channels": [{"label": l, "type": kind, "unit": a.unit or "uS", "rateHz": rate}
                                           for l in labels]}
    link = Link(base.replace("http", "ws", 1) + f"/api/live/{a.session}/ws", cookie, hello)
    link.connect()
    seq, start = 0, time.time()
    while time.time() - start < a.seconds:
        columns = pull()
        if columns and columns[0]:
            link.send({"type": "chunk", "seq": seq, "samples": dict(zip(labels, columns))})
            seq += 1
    while link.unacked:
        link.send(link.unacked[min(link.unacked)])
        time.sleep(0.2)
    print(f"sent {seq} chunks")


if __name__ == "__main__":
    main()
