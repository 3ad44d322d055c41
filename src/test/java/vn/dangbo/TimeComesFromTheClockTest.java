package vn.dangbo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Business time comes from the injected {@link java.time.Clock} (issue 8, part 2.3), so that tests can stand on any
 * date: no class of the application reads the system clock statically. Timing a log line uses
 * {@code System.nanoTime()}, which this rule allows.
 */
class TimeComesFromTheClockTest {

    private final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dangbo");

    @Test
    void no_class_reads_today_or_now_without_the_injected_clock() {
        for (Class<?> type : new Class<?>[] {LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Instant.class}) {
            noClasses().should().callMethod(type, "now").because("today and now come from the injected Clock")
                    .check(application);
            if (type != Instant.class) {
                noClasses().should().callMethod(type, "now", ZoneId.class)
                        .because("today and now come from the injected Clock").check(application);
            }
        }
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .because("business time comes from the injected Clock; durations from System.nanoTime()")
                .check(application);
    }
}
