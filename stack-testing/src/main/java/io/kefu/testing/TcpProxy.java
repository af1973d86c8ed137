package io.kefu.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on 127.0.0.1 to a target host and port, which a test can {@link #cut} (every
 * connection closed, new ones refused, as when the server goes down) and {@link #restore}: the
 * outage of a shared server without stopping it. Not for production traffic: one thread per
 * direction per connection.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private ServerSocket server;

  private TcpProxy(String targetHost, int targetPort, ServerSocket server) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = server;
    this.port = server.getLocalPort();
    accept(server);
  }

  /** Starts forwarding from a free port of 127.0.0.1 to the target. */
  public static TcpProxy to(String targetHost, int targetPort) {
    return new TcpProxy(targetHost, targetPort, listen(0));
  }

  /** The local port clients connect to; it stays the same across cut and restore. */
  public int port() {
    return port;
  }

  /** Closes every forwarded connection and stops listening, so new connections are refused. */
  public synchronized void cut() {
    if (server == null) {
      return;
    }
    closeQuietly(server);
    server = null;
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  /** Listens on the same port again. */
  public synchronized void restore() {
    if (server == null) {
      server = listen(port);
      accept(server);
    }
  }

  @Override
  public void close() {
    cut();
  }

  private static ServerSocket listen(int port) {
    try {
      ServerSocket socket = new ServerSocket();
      // The port is taken again right after cut(): its closed connections may still linger.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  private void accept(ServerSocket listening) {
    daemon(
        "tcp-proxy-accept-" + port,
        () -> {
          while (!listening.isClosed()) {
            try {
              forward(listening, listening.accept());
            } catch (IOException e) {
              return; // closed by cut()
            }
          }
        });
  }

  private void forward(ServerSocket listening, Socket client) {
    Socket upstream;
    try {
      upstream = new Socket(targetHost, targetPort);
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    synchronized (this) {
      if (server != listening) { // cut while this connection was being opened
        closeQuietly(client);
        closeQuietly(upstream);
        return;
      }
      open.add(client);
      open.add(upstream);
    }
    pump(client, upstream);
    pump(upstream, client);
  }

  private void pump(Socket from, Socket to) {
    daemon(
        "tcp-proxy-" + port,
        () -> {
          byte[] buffer = new byte[16 * 1024];
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
              out.write(buffer, 0, n);
              out.flush();
            }
          } catch (IOException e) {
            // the other side or cut() closed the connection: close both below
          } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
          }
        });
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing what is already broken: nothing left to do
    }
  }
}
