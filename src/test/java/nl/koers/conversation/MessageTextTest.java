package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.koers.web.KoersProblem;

/** A message is 1 to 4,000 characters as people count them, after cleaning and trimming. */
class MessageTextTest {

    @Test
    void anEmojiCountsAsOneCharacter() {
        String emoji = "😀".repeat(4000);

        assertThat(ConversationController.validText(emoji)).isEqualTo(emoji);
        assertThatThrownBy(() -> ConversationController.validText(emoji + "😀")).isInstanceOf(KoersProblem.class)
                .hasMessage("Je bericht is te lang: hoogstens 4000 tekens, dit zijn er 4001.");
    }

    @Test
    void fourThousandAndOneLettersAreTooMany() {
        assertThat(ConversationController.validText(" " + "a".repeat(4000) + "\n")).hasSize(4000);
        assertThatThrownBy(() -> ConversationController.validText("a".repeat(4001))).isInstanceOf(KoersProblem.class)
                .hasMessageContaining("dit zijn er 4001");
    }
}
