package vn.dangbo.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingRemovesDiacriticsAndCaseSoTranMinhDucMatchesItsVietnameseSpelling() {
        assertThat(VietnameseText.fold("Trần Minh Đức")).isEqualTo("tran minh duc");
        assertThat(VietnameseText.fold("NGUYỄN THỊ ÁNH")).isEqualTo("nguyen thi anh");
        assertThat(VietnameseText.fold("  Lê   Thị  Hồng Nhung ")).isEqualTo("le thi hong nhung");
    }

    @Test
    void foldingTreatsDecomposedAndPrecomposedTextAlike() {
        String nfd = Normalizer.normalize("Phạm Quốc Việt", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(nfd)).isEqualTo(VietnameseText.fold("Phạm Quốc Việt")).isEqualTo("pham quoc viet");
    }

    @Test
    void foldingMapsBothFormsOfDToD() {
        assertThat(VietnameseText.fold("Đặng đình")).isEqualTo("dang dinh");
    }

    @Test
    void cleaningGivesNfcWithCollapsedSpaces() {
        String nfd = Normalizer.normalize("Huỳnh  Thị\tNgọc Trâm ", Normalizer.Form.NFD);
        String cleaned = VietnameseText.clean(nfd);
        assertThat(cleaned).isEqualTo("Huỳnh Thị Ngọc Trâm");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        assertThat(VietnameseText.cleanToNull("   ")).isNull();
    }

    @Test
    void collationPutsDungBeforeDucBeforeGiangBecauseDStrokeIsALetterAfterD() {
        List<String> names = new ArrayList<>(List.of("Giang", "Đức", "Dũng", "Duy", "Đào", "Anh", "Ánh", "Ân", "Ăn"));
        names.sort(VietnameseText::compare);
        assertThat(names).containsExactly("Anh", "Ánh", "Ăn", "Ân", "Dũng", "Duy", "Đào", "Đức", "Giang");
    }

    @Test
    void sortKeysCompareByteWiseInTheSameOrderAsTheCollator() {
        List<String> names = List.of("Giang", "Đức", "Dũng", "Ánh", "Anh", "Thị", "Thi", "Ơn", "Ôn", "On");
        List<String> byKey = new ArrayList<>(names);
        byKey.sort((a, b) -> Arrays.compareUnsigned(VietnameseText.sortKey(a), VietnameseText.sortKey(b)));
        List<String> byCollator = new ArrayList<>(names);
        byCollator.sort(VietnameseText::compare);
        assertThat(byKey).isEqualTo(byCollator);
    }

    @Test
    void aFullNameSplitsIntoFamilyMiddleAndGivenName() {
        PersonName n = PersonName.parse(" Nguyễn  Thị Ánh ");
        assertThat(n.familyName()).isEqualTo("Nguyễn");
        assertThat(n.middleName()).isEqualTo("Thị");
        assertThat(n.givenName()).isEqualTo("Ánh");
        PersonName four = PersonName.parse("Huỳnh Thị Ngọc Trâm");
        assertThat(four.middleName()).isEqualTo("Thị Ngọc");
        assertThat(PersonName.parse("Tâm").givenName()).isEqualTo("Tâm");
    }

    @Test
    void citizenIdsShowOnlyTheirLastFourDigits() {
        assertThat(CitizenIds.mask("000100000001")).isEqualTo("••••••••0001");
        assertThat(CitizenIds.mask("000123456")).isEqualTo("••••••456");
        assertThat(CitizenIds.mask(null)).isEmpty();
    }
}
