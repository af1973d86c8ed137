package io.kefu.train.job;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Map;

/**
 * A trainer's configuration record as the structured map a model's provenance stores: one entry per
 * record component, named in snake case, nested records as nested maps, numbers as numbers. Taken
 * from the record itself, so a parameter added to a configuration is recorded without anyone
 * remembering to.
 */
final class ProvenanceParameters {

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private ProvenanceParameters() {}

  static Map<String, Object> of(Record config) {
    return JSON.convertValue(config, MAP);
  }
}
