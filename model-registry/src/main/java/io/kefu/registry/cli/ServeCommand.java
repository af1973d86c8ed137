package io.kefu.registry.cli;

import io.kefu.registry.http.RegistryHttpApi;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code registry serve}: runs the read-only HTTP API until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the read-only JSON API under /api/models.")
final class ServeCommand implements Callable<Integer> {

  @Mixin RegistryOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "default: ${DEFAULT-VALUE}")
  String host;

  @Option(names = "--port", defaultValue = "8089", description = "default: ${DEFAULT-VALUE}")
  int port;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, not " + port);
    }
    try (RegistryHttpApi api =
        new RegistryHttpApi(options.open(), new InetSocketAddress(host, port)).start()) {
      spec.commandLine()
          .getOut()
          .println("registry API on http://" + host + ":" + api.port() + "/api/models");
      spec.commandLine().getOut().flush();
      new CountDownLatch(1).await();
    }
    return 0;
  }
}
