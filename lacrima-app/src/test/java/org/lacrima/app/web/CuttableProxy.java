package org.lacrima.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A TCP forwarder in front of a server whose connections a test can cut, like a dropped network. */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket listener;
    private volatile int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong upstreamBytes = new AtomicLong();

    CuttableProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** Sends new connections to another port (a restarted server). */
    void retarget(int port) {
        targetPort = port;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Bytes forwarded from clients to the server so far. */
    long upstreamBytes() {
        return upstreamBytes.get();
    }

    /**
     * Closes every open connection at once (new ones are accepted as before). Only the sockets closed here leave the
     * list: a client reconnecting at once (on loopback, within the loop) must stay cuttable, or the next cut finds
     * nothing to close.
     */
    void cutAll() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is all that matters
            }
            sockets.remove(s);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException e) {
                    client.close(); // the server is down: the client sees a dropped connection
                    continue;
                }
                sockets.add(client);
                sockets.add(server);
                pump(client.getInputStream(), server.getOutputStream(), true);
                pump(server.getInputStream(), client.getOutputStream(), false);
            } catch (IOException e) {
                // listener closed
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean upstream) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (in; out) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                    if (upstream) {
                        upstreamBytes.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // cut
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
    }
}
