package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON bodies of {@code /api/v1} keep their types. The mapper-wide switches are {@code
 * spring.jackson.*} settings in {@code application.yaml} (no scalar coercion, duplicate keys and
 * unknown properties refused, no numbers for enums); what has no property is set here: a number or
 * a boolean is not turned into text (Jackson's coercion config for textual targets, honoured by its
 * String deserializer since 2.14), nor a number into a boolean.
 *
 * <p>Only Spring MVC reads with this mapper. Camunda's REST API ({@code /engine-rest}) and the
 * webapps' engine API resolve their own mapper ({@code JacksonConfigurator}), so Tasklist and
 * engine clients see no change ({@code StrictJsonInputTests} checks {@code /engine-rest}).
 */
@Configuration
class StrictJsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noScalarCoercion() {
    return builder ->
        builder.postConfigurer(
            mapper -> {
              mapper
                  .coercionConfigFor(LogicalType.Textual)
                  .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
              mapper
                  .coercionConfigFor(LogicalType.Boolean)
                  .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            });
  }

  /**
   * Replaces Boot's JSON converter (same mapper) with one whose refusals name the field: a {@link
   * JsonRefusals} problem instead of Spring's generic "not readable".
   */
  @Bean
  MappingJackson2HttpMessageConverter fieldNamingJsonConverter(ObjectMapper objectMapper) {
    return new FieldNamingJsonConverter(objectMapper);
  }
}
