package dev.faibric.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as it is written, for the whole application (the one {@code JsonMapper}):
 * a key twice in one object, a number or boolean where text is expected, text or a
 * fraction where a whole number is, and strings with half a UTF-16 character (an unpaired
 * surrogate, {@code "\ud800"}) are refused rather than guessed at.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    static final String UNPAIRED_SURROGATE = "contains an unpaired surrogate";

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        SimpleModule wellFormedText = new SimpleModule("well-formed-text");
        wellFormedText.addDeserializer(String.class, new WellFormedStrings());
        wellFormedText.addKeyDeserializer(String.class, new WellFormedKeys());
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Textual,
                    text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer,
                    number -> number.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(wellFormedText);
    }

    /** Strings as Jackson reads them, refused when they hold an unpaired surrogate. */
    static final class WellFormedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && InputText.hasUnpairedSurrogate(text)) {
                return context.reportInputMismatch(this, UNPAIRED_SURROGATE);
            }
            return text;
        }

    }

    /** Object keys read as strings, refused likewise. */
    static final class WellFormedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (InputText.hasUnpairedSurrogate(key)) {
                return context.reportInputMismatch(String.class, UNPAIRED_SURROGATE);
            }
            return key;
        }

    }

}
