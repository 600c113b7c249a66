package org.habeas.system.web;

import org.habeas.system.JsonProblems;
import org.habeas.system.PlainText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON mapper every API reads bodies with (Spring Boot's {@code JsonMapper}, Jackson 3): a body
 * means what it says or is refused by the field.
 *
 * <ul>
 *   <li>Every {@code String} (a property, a list or map element, a map key) obeys {@link
 *       PlainText}: a control character such as NUL is refused as {@code field.controlCharacter} on
 *       its field, and text is kept in NFC. One deserializer covers every API, present and future,
 *       instead of a check in each controller (NUL in an {@code AllegationMade} was stored on H2
 *       and failed on PostgreSQL after the request was accepted).
 *   <li>No scalar coercion: {@code "intoxicated":1} is not {@code true}, {@code "5"} is not the
 *       number 5, {@code 5.5} is not the integer 5, a number is not a text, {@code ""} is not a
 *       date. A wrong type is {@code field.wrongType} on its field, as a malformed value is.
 * </ul>
 *
 * <p>The same mapper reads what Habeas stored itself; it wrote that with these types and, from now
 * on, without refused characters.
 */
@Configuration
class JsonInput {

  @Bean
  JsonMapperBuilderCustomizer plainTextAndNoCoercion() {
    return builder ->
        builder
            .addModule(
                new SimpleModule("habeas-plain-text")
                    .addDeserializer(String.class, new PlainTextDeserializer())
                    .addKeyDeserializer(String.class, new PlainTextKeys()))
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(
                LogicalType.Boolean,
                c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
  }

  /** A JSON string as text that {@link PlainText} accepts, in NFC; never a number or boolean. */
  static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

    PlainTextDeserializer() {
      super(String.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return "";
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      var token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT
          || token == JsonToken.VALUE_NUMBER_FLOAT
          || token == JsonToken.VALUE_TRUE
          || token == JsonToken.VALUE_FALSE) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      var text =
          token == JsonToken.VALUE_STRING
              ? p.getString()
              : StringDeserializer.instance.deserialize(p, ctxt);
      if (PlainText.refused(text)) {
        throw new JsonProblems.ControlCharacter(p);
      }
      return PlainText.normalised(text);
    }
  }

  /** A map key: refused like a value, never normalised (two keys must not become one). */
  static final class PlainTextKeys extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      if (PlainText.refused(key)) {
        throw new JsonProblems.ControlCharacter(ctxt.getParser());
      }
      return key;
    }
  }
}
