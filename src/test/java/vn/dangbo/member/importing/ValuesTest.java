package vn.dangbo.member.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.dangbo.member.Gender;

/** Reading dates, genders and identifiers the way registers and spreadsheets write them. */
class ValuesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "02/09/1985|1985-09-02",
            "2/9/1985|1985-09-02",
            "02-09-1985|1985-09-02",
            "02.09.1985|1985-09-02",
            "1985-09-02|1985-09-02",
            "12/04/1968 00:00:00|1968-04-12",
            "1968-04-12T00:00|1968-04-12",
            "ngày 12 tháng 4 năm 1968|1968-04-12",
            "25000|1968-06-11",
            "31229.0|1985-07-01"})
    void datesAreReadDayFirstIsoOrAsExcelSerials(String text, LocalDate expected) {
        assertThat(Values.date(text).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @ValueSource(strings = {"31/02/1980", "13/13/1980", "12/04/68", "hôm qua", "1.5", "0"})
    void impossibleOrAmbiguousDatesAreInvalid(String text) {
        Values.DateValue d = Values.date(text);
        assertThat(d.valid()).isFalse();
        assertThat(d.blank()).isFalse();
    }

    @Test
    void aYearAloneIsReportedAsSuchNotReadAsAnExcelSerial() {
        assertThat(Values.date("1968").yearOnly()).isTrue();
        assertThat(Values.date("1968").valid()).isFalse();
    }

    @Test
    void blankCellsAreBlankNotInvalid() {
        assertThat(Values.date("  ").blank()).isTrue();
        assertThat(Values.date(null).blank()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"Nam,MALE", "nam,MALE", "NAM,MALE", "Nữ,FEMALE", "nữ,FEMALE", "NỮ,FEMALE", "nu,FEMALE", "Nu,FEMALE",
            "Nữ,FEMALE", "F,FEMALE", "m,MALE"})
    void genderIsNamOrNuInAnyCaseWithOrWithoutDiacritics(String text, Gender expected) {
        assertThat(Values.gender(text)).contains(expected);
    }

    @Test
    void anythingElseIsNoGender() {
        assertThat(Values.gender("Khác")).isEmpty();
        assertThat(Values.gender("")).isEmpty();
    }

    @Test
    void citizenIdsThatASpreadsheetStoredAsNumbersGetTheirLeadingZerosBack() {
        assertThat(Values.citizenId("79123456789")).isEqualTo("079123456789");
        assertThat(Values.citizenId("1123456789")).isEqualTo("001123456789");
        assertThat(Values.citizenId("079 123 456 789")).isEqualTo("079123456789");
        assertThat(Values.citizenId("079123456789")).isEqualTo("079123456789");
        assertThat(Values.citizenId("123456789")).as("an old 9-digit CMND stays as it is").isEqualTo("123456789");
    }

    @Test
    void aMaskedCitizenIdFromAnExportMeansNotGiven() {
        assertThat(Values.citizenId("••••••••6789")).isNull();
    }

    @Test
    void phonesStoredAsNumbersGetTheirLeadingZeroBack() {
        assertThat(Values.phone("912345678")).isEqualTo("0912345678");
        assertThat(Values.phone("0912 345 678")).isEqualTo("0912345678");
        assertThat(Values.phone("+84912345678")).isEqualTo("+84912345678");
    }

    @Test
    void numbersInExponentFormAreRecognisedAsDamaged() {
        assertThat(Values.scientific("7,91235E+10")).isTrue();
        assertThat(Values.scientific("7.91235E+10")).isTrue();
        assertThat(Values.scientific("079123456789")).isFalse();
    }

    @Test
    void cardNumbersReadFromNumberCellsLoseTheirDecimals() {
        assertThat(Values.cardNumber("90000001.0")).isEqualTo("90000001");
        assertThat(Values.cardNumber("AB-123")).isEqualTo("AB-123");
    }

    @Test
    void ticksInTheNamOrNuColumnAreMarks() {
        assertThat(Values.isMark("x")).isTrue();
        assertThat(Values.isMark("X")).isTrue();
        assertThat(Values.isMark("✓")).isTrue();
        assertThat(Values.isMark("12/04/1968")).isFalse();
    }
}
