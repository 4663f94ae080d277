package nl.koers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.rvo.nl/subsidies-financiering/praktijkleren | [rvo.nl](https://www.rvo.nl/subsidies-financiering/praktijkleren)",
            "http://wetten.overheid.nl/BWBR0005290/                  | [wetten.overheid.nl](http://wetten.overheid.nl/BWBR0005290/)",
            "https://example.nl/a_(b)                                | [example.nl](https://example.nl/a_(b%29)",
            "Burgerlijk Wetboek Boek 7, artikel 611a                | Burgerlijk Wetboek Boek 7, artikel 611a",
            "javascript:alert(1)                                    | javascript:alert(1)"})
    void namesAPageAfterItsSite(String address, String markdown) {
        assertThat(WebLinks.named(address)).isEqualTo(markdown);
    }
}
