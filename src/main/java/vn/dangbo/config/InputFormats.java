package vn.dangbo.config;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import vn.dangbo.shared.DateLimits;
import vn.dangbo.shared.format.VietnameseDates;
import vn.dangbo.shared.format.VietnameseFormat;

/**
 * What the API and the forms accept as a date and as an enum value. Dates: an ISO string "yyyy-MM-dd" with a
 * four-digit year within {@link DateLimits} (not a number such as 20250101 or an epoch day, not an array, not year
 * 0000 or -0001); anything else is a 400 problem naming the field (API) or a message beside it (forms). Enums: by
 * name only, never by ordinal (0, "0").
 */
@Configuration(proxyBeanMethods = false)
class InputFormats implements WebMvcConfigurer {

    @Bean
    JsonMapperBuilderCustomizer strictDatesAndEnums() {
        SimpleModule dates = new SimpleModule("dangbo-dates");
        dates.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS).addModule(dates);
    }

    /** Form fields and request parameters with {@code @DateTimeFormat}: parsed as Spring does, then kept in range. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new RangeCheckedDates());
    }

    /** An enum field of a form that got no valid name (an ordinal, a made-up value) is told to pick from the list. */
    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        return new DefaultMessageCodesResolver() {
            @Override
            public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
                String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
                if (!"typeMismatch".equals(errorCode) || fieldType == null || !fieldType.isEnum()) {
                    return codes;
                }
                String[] withEnum = java.util.Arrays.copyOf(codes, codes.length + 1);
                withEnum[codes.length - 1] = "typeMismatch.enum";
                withEnum[codes.length] = codes[codes.length - 1];
                return withEnum;
            }
        };
    }

    /** A JSON date: "2025-01-31" only, within the accepted range. */
    static final class IsoDateDeserializer extends ValueDeserializer<LocalDate> {

        private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(p, "a date is a string yyyy-MM-dd", p.getString(), LocalDate.class);
            }
            String text = p.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (ISO.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text, STRICT);
                    if (DateLimits.contains(date)) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // not a real date (2025-02-30): refused below
                }
            }
            throw InvalidFormatException.from(p, "not a date yyyy-MM-dd between " + DateLimits.MIN + " and "
                    + DateLimits.MAX, text, LocalDate.class);
        }

        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }
    }

    /**
     * {@code @DateTimeFormat} LocalDate fields and parameters as Vietnamese users type and read them: shown
     * "10/05/1960", read day first ("10/05/1960", "10/5/1960", "10-05-1960") or ISO ("1960-05-10", what links and the
     * API carry), refusing a date outside {@link DateLimits} (see {@link VietnameseDates}).
     */
    static final class RangeCheckedDates implements AnnotationFormatterFactory<DateTimeFormat> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return (Printer<LocalDate>) (date, locale) -> VietnameseFormat.date(date);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            return (Parser<LocalDate>) (text, locale) -> VietnameseDates.parse(text).orElseThrow(
                    () -> new ParseException("not a date dd/mm/yyyy between " + DateLimits.MIN + " and "
                            + DateLimits.MAX, 0));
        }
    }
}
