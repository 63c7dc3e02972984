package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void fullWidthAndHalfWidthParenthesesAreTheSame() {
        assertThat(NameNormalizer.normalize("各县（市、区）政府")).isEqualTo(NameNormalizer.normalize("各县(市、区)政府"));
    }

    @Test
    void enumerationCommaStaysWhileFullWidthCommaBecomesHalfWidth() {
        assertThat(NameNormalizer.normalize("甲，乙、丙")).isEqualTo("甲,乙、丙");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthAndLowerCase() {
        assertThat(NameNormalizer.normalize("ＡＢＣ１２３")).isEqualTo("abc123");
    }

    @Test
    void peoplesGovernmentCountsAsGovernment() {
        assertThat(NameNormalizer.normalize("船山区人民政府")).isEqualTo(NameNormalizer.normalize("船山区政府"));
        assertThat(NameNormalizer.normalize("各县(市、区)人民政府")).isEqualTo(NameNormalizer.normalize("各县（市、区）政府"));
    }

    @Test
    void renminOutsidePeoplesGovernmentIsKept() {
        assertThat(NameNormalizer.normalize("市人民检察院")).isEqualTo("市人民检察院");
    }

    @Test
    void spacesAndInvisibleCharactersAreDropped() {
        assertThat(NameNormalizer.normalize(" \u3000市\u200b司法局\uFEFF \t\n")).isEqualTo("市司法局");
        assertThat(NameNormalizer.normalize("市 司法 局")).isEqualTo("市司法局");
    }

    @Test
    void cityPrefixIsNotGuessedAway() {
        assertThat(NameNormalizer.normalize("遂宁市司法局")).isNotEqualTo(NameNormalizer.normalize("市司法局"));
    }

    @Test
    void nullAndBlankNormaliseToEmpty() {
        assertThat(NameNormalizer.normalize(null)).isEmpty();
        assertThat(NameNormalizer.normalize(" \u200b ")).isEmpty();
    }

    @Test
    void tidyKeepsTheWritingButDropsInvisibleCharactersAndOuterSpaces() {
        assertThat(NameNormalizer.tidy("\uFEFF 市司法局（测试） \u200b")).isEqualTo("市司法局（测试）");
        assertThat(NameNormalizer.tidy(null)).isEmpty();
    }
}
