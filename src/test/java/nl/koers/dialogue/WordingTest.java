package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.koers.pop.LearningForm;
import nl.koers.pop.PopLabels;

/** The dialogue names learning forms as the POP does, so what it says it noted is what the POP shows. */
class WordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            WERKPLEK | leren in het werk
            SOCIAAL  | leren van anderen
            FORMEEL  | opleiding of cursus
            null     | leervorm nog open
            """)
    void aLearningFormWithinASentence(@Nullable LearningForm form, String expected) {
        assertThat(Wording.form(form)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(LearningForm.class)
    void theReplyUsesTheNameThePopShows(LearningForm form) {
        assertThat(PopLabels.form(form)).startsWithIgnoringCase(Wording.form(form) + " (");
    }
}
