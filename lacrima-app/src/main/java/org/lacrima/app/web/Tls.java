package org.lacrima.app.web;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS served directly from a keystore (PKCS#12 or JKS) given with {@code --keystore}; TLS 1.2 and
 * 1.3 only. When this connector is configured it is the only one: there is no plain-HTTP port.
 */
final class Tls {
    private Tls() {
    }

    static Connector connector(Server server, HttpConfiguration http, WebAccess access, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(access.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(access.keystorePassword());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // The Host header is checked against --public-origin instead; SNI may carry an IP address or nothing.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
