package nl.koers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.koers.KoersIntegrationTest;

/**
 * The POP page as the browser prints it (print media emulated): the plan in black on white, without the top bar,
 * navigation, footer, skip link, buttons, forms and download links the screen has around it. The printed page is
 * left in target/screenshots/printed-pop.pdf to look at.
 */
@KoersIntegrationTest
class PrintedPopTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @Test
    void thePrintedPopIsThePlanWithoutNavigationButtonsOrForms() {
        browser.signIn("medewerker2");
        String pop = browser.preparationWithAGoal() + "/pop";
        browser.open(pop);
        assertThat(shown("header.topbar, nav, footer, form, button, .downloads")).as("on screen they are there")
                .contains("header", "nav", "footer", "form", "button", "div");

        for (String scheme : new String[] {"light", "dark"}) {
            browser.emulate("print", scheme);
            browser.open(pop);

            assertThat(shown(".skip-link, header.topbar, nav, footer, form, button, .downloads, .downloads a"))
                    .as("printed in the %s scheme: nothing to click, nothing to navigate", scheme).isEmpty();
            assertThat(browser.driver().findElements(By.linkText("POP aanpassen"))).allSatisfy(edit ->
                    assertThat(edit.isDisplayed()).as("the edit link").isFalse());
            WebElement goal = browser.driver().findElement(By.cssSelector(".goal"));
            assertThat(goal.isDisplayed()).isTrue();
            assertThat(goal.getText()).contains("Zelfstandig een inkooporder plaatsen", "Drie orders zonder hulp");
            assertThat(goal.getCssValue("break-inside")).isEqualTo("avoid");
            assertThat(browser.script("return getComputedStyle(document.body).color")).isEqualTo("rgb(0, 0, 0)");
            assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
                    .isEqualTo("rgb(255, 255, 255)");
            WebElement card = browser.driver().findElement(By.cssSelector(".pop-page .card"));
            assertThat(card.getCssValue("border-top-style")).as("cards print without their frame").isEqualTo("none");
        }
        browser.print(Chromium.SCREENSHOTS, "printed-pop");
    }

    /** The tag names of the elements matching the selector that are displayed. */
    private static List<String> shown(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getTagName).distinct().toList();
    }
}
