package com.taxcollab.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How requests are taken in: as sent, never guessed at (no text made of a number or a boolean, no
 * number or boolean made of text, no trailing content; the gate checks the raw request first), and
 * answered 503 rather than left hanging when the database is out.
 */
@Configuration
class InputConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .postConfigurer(mapper -> {
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean}) {
                        mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    }
                });
    }

    @Bean
    FilterRegistrationBean<DatabaseOutageGuard> databaseOutageGuard() {
        return Filters.register(new DatabaseOutageGuard(), org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    FilterRegistrationBean<StrictJsonGate> strictJsonGate() {
        // after authentication: nobody's body is read before we know who sent it
        return Filters.register(new StrictJsonGate(), SecurityProperties.DEFAULT_FILTER_ORDER + 10, "/api/*");
    }
}
