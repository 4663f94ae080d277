package nl.koers.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.koers.OllamaIntegrationTest;
import nl.koers.WireMockOllama;

/**
 * The chat page in llm mode, with WireMock playing Ollama: the reply streams into the page while the model writes
 * it, and a failing model leaves a guided turn with the notice line, all without leaving the page.
 */
@OllamaIntegrationTest
class StreamingBrowserTest {

    static final WireMockServer OLLAMA = WireMockOllama.server();

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @Test
    void theModelsReplyStreamsIntoThePageAndAFailingModelLeavesANotice() {
        // the phrased reply in five pieces, spread over two seconds
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson").withChunkedDribbleDelay(5, 2000)));
        browser.signIn("medewerker");
        browser.startPreparation();
        browser.act(By.id("text"), box -> box.sendKeys("Ik ben planner, het liefst puzzel ik met ritten"));

        browser.turn(() -> {
            browser.act(By.cssSelector("form.composer button[type=submit]"), WebElement::click);
            new WebDriverWait(browser.driver(), Chromium.PATIENCE).pollingEvery(Duration.ofMillis(20))
                    .withMessage("a part of the reply on the page while the turn still runs")
                    .until(driver -> "true".equals(browser.script("return document.getElementById('berichten').getAttribute('aria-busy')"))
                            && browser.text(By.cssSelector(".msg.assistant:last-child .text")).startsWith("Mooi")
                            && !browser.text(By.cssSelector(".msg.assistant:last-child .text")).endsWith("energie?"));
        });

        assertThat(browser.text(By.id("laatste"))).as("the whole reply, as stored")
                .contains("Mooi, puzzelen met ritten klinkt als echt jouw ding. Van welk werk krijg je de meeste energie?");
        assertThat(browser.text(By.id("meldingen"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("text")).getAttribute("value")).isEmpty();

        OLLAMA.resetAll();
        OLLAMA.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"model crashed\"}")));
        browser.answer("Als een lastige rit toch rond komt");

        assertThat(browser.text(By.cssSelector("#meldingen .message.info"))).as("the fallback notice")
                .contains("deze beurt komt uit de vaste vragenlijst");
        assertThat(browser.text(By.id("laatste"))).as("the guided question follows").contains("Waar ben je goed in?");
        assertThat(browser.text(By.cssSelector(".pop-preview"))).contains("Ik ben planner, het liefst puzzel ik met ritten");
    }

}
