package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleRendererTest {

    private final ArticleRenderer renderer = new ArticleRenderer();

    @Test
    void keepsTheStructureOfAnArticle() {
        String html = renderer.html("""
                ## Wat SMART betekent

                Een **SMART** doel is *concreet*.

                - eerste punt
                - tweede punt

                | Periode | Percentage |
                |---|---|
                | 2020-2024 | 80% |

                Zie [de regeling](https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim).
                """);

        assertThat(html).contains("<h2 id=\"s-wat-smart-betekent\">Wat SMART betekent</h2>", "<strong>SMART</strong>", "<em>concreet</em>",
                "<li>eerste punt</li>", "<table>", "<td>80%</td>",
                "href=\"https://www.uitvoeringvanbeleidszw.nl/subsidies-en-regelingen/slim\"");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksNeverSurvive() {
        String html = renderer.html("""
                <script>alert('x')</script>

                <img src=x onerror="alert(1)">

                [klik](javascript:alert(1)) en <a href="javascript:alert(2)">hier</a>
                """);

        assertThat(html).doesNotContain("<script", "<img", "onerror=", "href=\"javascript")
                .doesNotContainPattern("href=\"[^\"]*javascript");
        assertThat(html).as("what was typed is shown as text").contains("&lt;script&gt;", "&lt;img");
    }

    @Test
    void aSourceLinksToTheIdOfItsSectionOnTheArticlePage() {
        String heading = "Wat is een O&O-fonds — en wie betaalt **échte** cursussen?";
        String html = renderer.html("## " + heading + "\n\nTekst.\n");
        SourceRef source = new SourceRef("O&O-fondsen", "financiering/o-en-o-fondsen.md",
                "Wat is een O&O-fonds — en wie betaalt échte cursussen?");

        assertThat(source.anchor()).isEqualTo("s-wat-is-een-o-o-fonds-en-wie-betaalt-echte-cursussen");
        assertThat(html).contains("<h2 id=\"" + source.anchor() + "\">");
    }

    @Test
    void aReplyGetsNoIdsThatWouldRepeatOnAPage() {
        assertThat(renderer.fragment("## Kop\n\nTekst.")).contains("<h2>Kop</h2>");
    }
}
