package io.kefu.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.RegistryJson;
import io.kefu.registry.TestModels;
import io.kefu.registry.promotion.PromotionRequest;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryHttpApiTest {

  @TempDir Path dir;
  private RegistryHttpApi api;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    registry.register("intent", artifacts, TestModels.provenance(0.80));
    registry.register("intent", artifacts, TestModels.provenance(0.85));
    registry.promote(PromotionRequest.toProduction("intent", 2));
    registry.tag("intent", 2, "validation", "passed");
    api = new RegistryHttpApi(registry, new InetSocketAddress("127.0.0.1", 0)).start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return RegistryJson.MAPPER.readTree(response.body());
  }

  @Test
  void modelsListsVersionsAndAliases() throws Exception {
    JsonNode models = json("/api/models");

    assertThat(models).hasSize(1);
    assertThat(models.get(0).get("model").asText()).isEqualTo("intent");
    assertThat(models.get(0).get("aliases").get("production").asInt()).isEqualTo(2);
  }

  @Test
  void aModelAndAVersionAreServedWithMetadataAndTags() throws Exception {
    assertThat(json("/api/models/intent").get("versions").toString()).isEqualTo("[1,2]");

    JsonNode version = json("/api/models/intent/versions/2");
    assertThat(version.at("/metadata/provenance/metrics/macro_f1").asDouble()).isEqualTo(0.85);
    assertThat(version.at("/metadata/provenance/codeVersion").asText()).isEqualTo("3f2a9c1");
    assertThat(version.get("aliases").toString()).isEqualTo("[\"production\"]");
    assertThat(version.at("/tags/validation").asText()).isEqualTo("passed");
  }

  @Test
  void historyIsTheAuditLog() throws Exception {
    JsonNode history = json("/api/models/intent/history");

    assertThat(history).hasSize(4);
    assertThat(history.get(2).get("action").asText()).isEqualTo("promote");
  }

  @Test
  void unknownModelsAndVersionsAre404WithAnError() throws Exception {
    HttpResponse<String> unknownModel = get("/api/models/intnet");
    HttpResponse<String> unknownVersion = get("/api/models/intent/versions/9");

    assertThat(unknownModel.statusCode()).isEqualTo(404);
    assertThat(unknownModel.body()).contains("\"error\"", "intnet");
    assertThat(unknownVersion.statusCode()).isEqualTo(404);
    assertThat(unknownVersion.body()).contains("no version 9");
  }

  @Test
  void writesAreRefused() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/models"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();

    assertThat(client.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
  }
}
