package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void keepsWordsAndDropsMarkup() {
        String markdown = """
                ### Voorbeeld

                Een **SMART** doel is *concreet* en `meetbaar`.

                - eerste punt
                * tweede punt met [een bron](https://example.org/slim)

                > Let op: bedragen gelden voor 2024.

                | Periode | Percentage |
                |---|---:|
                | 2020-2024 | 60% |
                """;

        assertThat(MarkdownText.plain(markdown)).isEqualTo("""
                Voorbeeld

                Een SMART doel is concreet en meetbaar.

                • eerste punt
                • tweede punt met een bron (https://example.org/slim)

                Let op: bedragen gelden voor 2024.

                Periode · Percentage
                2020-2024 · 60%""");
    }

    @Test
    void readsMarkdownAsCommonMarkDoes() {
        String markdown = """
                Subsidie
                ========

                1. aanvragen
                2. wachten op de **loting**
                   - nested met \\*sterretjes\\* &amp; meer

                ***

                Zie <https://www.slimsubsidie.nl> of mail <info@example.org>.
                Regel met harde  \s
                regelovergang.
                """;

        assertThat(MarkdownText.plain(markdown)).isEqualTo("""
                Subsidie

                1. aanvragen
                2. wachten op de loting
                   • nested met *sterretjes* & meer

                Zie https://www.slimsubsidie.nl of mail info@example.org.
                Regel met harde
                regelovergang.""");
    }

    @Test
    void leavesArithmeticAndCodeBlocksAlone() {
        assertThat(MarkdownText.plain("2 * 3 * 4 = 24")).isEqualTo("2 * 3 * 4 = 24");
        assertThat(MarkdownText.plain("```\n**letterlijk**\n```")).isEqualTo("**letterlijk**");
    }
}
