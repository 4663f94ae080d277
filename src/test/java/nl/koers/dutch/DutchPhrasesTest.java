package nl.koers.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Talents as people type them: every shape of list, "en" that does and does not separate, and what is no talent. */
class DutchPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // numbered, on lines or on one line, and bullets
            "1) orders picken\\n2) inpakken\\n3) de heftruck besturen | orders picken;inpakken;de heftruck besturen",
            "1. debiteurenbeheer 2. btw-aangifte 3. de jaarafsluiting   | debiteurenbeheer;btw-aangifte;de jaarafsluiting",
            "1 - Java\\n2 - code reviews\\n3 - testen                   | Java;code reviews;testen",
            "a) plannen b) roosters maken                              | plannen;roosters maken",
            "- Excel\\n- Exact Online\\n- de kas bijhouden              | Excel;Exact Online;de kas bijhouden",
            "* rustig blijven\\n* overzicht houden                     | rustig blijven;overzicht houden",
            "• plannen • klantcontact • Duits                          | plannen;klantcontact;Duits",
            "- orders verzamelen - pallets wikkelen                    | orders verzamelen;pallets wikkelen",
            "Mijn talenten: 1. plannen 2. Excel 3. nieuwe collega's inwerken | plannen;Excel;nieuwe collega's inwerken",
            // sentences, semicolons, lines
            "Ik werk heel nauwkeurig. Ik blijf rustig als het druk is. | Ik werk heel nauwkeurig;Ik blijf rustig als het druk is",
            "ik kan goed rekenen. ik hou van orde                      | ik kan goed rekenen;ik hou van orde",
            "Plannen!\\nExcel!                                          | Plannen;Excel",
            "overzicht houden; mensen aansturen; snel beslissen       | overzicht houden;mensen aansturen;snel beslissen",
            "Ik ben goed in o.a. plannen en roosters maken             | Ik ben goed in o.a. plannen;roosters maken",
            // commas and "en"
            "Java, Kotlin, Spring Boot en code reviews doen            | Java;Kotlin;Spring Boot;code reviews doen",
            "btw-aangifte, debiteurenbeheer en de jaarafsluiting voorbereiden | "
                    + "btw-aangifte;debiteurenbeheer;de jaarafsluiting voorbereiden",
            "orders picken en inpakken, en ook de heftruck besturen    | orders picken;inpakken;de heftruck besturen",
            "Ik kan goed rekenen en ik werk nauwkeurig                 | Ik kan goed rekenen;ik werk nauwkeurig",
            "Ik kan goed samenwerken en ben flexibel                   | Ik kan goed samenwerken;ben flexibel",
            "klanten helpen en offertes maken                          | klanten helpen;offertes maken",
            "goed luisteren en doorvragen                              | goed luisteren;doorvragen",
            "Ik ben geduldig en precies                                | Ik ben geduldig;precies",
            "Ik ben goed in Excel plus ik kan goed met mensen omgaan   | Ik ben goed in Excel;ik kan goed met mensen omgaan",
            "Ik ben goed in plannen en mensen motiveren                | Ik ben goed in plannen;mensen motiveren",
            // "en" within one talent
            "orderpicker en reachtruck rijden                          | orderpicker en reachtruck rijden",
            "Snel en nauwkeurig orders verzamelen                      | Snel en nauwkeurig orders verzamelen",
            "ik kan met de heftruck en de reachtruck rijden            | ik kan met de heftruck en de reachtruck rijden",
            "ik ken Exact en AFAS goed                                 | ik ken Exact en AFAS goed",
            "af en toe een grap maken                                  | af en toe een grap maken",
            "in- en verkoop                                            | in- en verkoop",
            // ordering words
            "Ik kan goed plannen en daarnaast ben ik handig met Excel  | Ik kan goed plannen;ben ik handig met Excel",
            "Excel. Verder ben ik goed met cijfers.                    | Excel;ben ik goed met cijfers",
            "Ten eerste ben ik precies, ten tweede kan ik goed rekenen | ben ik precies;kan ik goed rekenen",
            "Ik ben een doorzetter, bovendien leer ik snel             | Ik ben een doorzetter;leer ik snel",
            // who says so, guesses and fillers are no talent
            "Ik kan goed plannen, zegt mijn chef.                      | Ik kan goed plannen",
            "Ik ben stressbestendig, zegt Sanne, en ik kan goed plannen | Ik ben stressbestendig;ik kan goed plannen",
            "Ik ben precies, denk ik                                   | Ik ben precies",
            "hmm, plannen denk ik                                      | plannen",
            "rustig blijven onder druk volgens mijn teamleider         | rustig blijven onder druk",
            "collega's zeggen dat ik rustig blijf onder druk           | ik rustig blijf onder druk",
            "Mijn leidinggevende zegt altijd dat ik nauwkeurig ben     | ik nauwkeurig ben",
            "weet niet, misschien plannen                              | plannen",
            "Ik denk dat ik goed kan organiseren                       | ik goed kan organiseren",
            "Volgens mij: klantvriendelijk en geduldig                 | klantvriendelijk;geduldig",
            "Mijn sterke punten zijn: plannen, Excel en klantcontact   | plannen;Excel;klantcontact",
            "eigenlijk vooral het coachen van nieuwe chauffeurs        | het coachen van nieuwe chauffeurs",
            "Excel, verder weet ik het niet                            | Excel",
            "ik vind plannen leuk                                      | ik vind plannen leuk"})
    void readsTheTalentsInEveryShapeOfList(String answer, String expected) {
        assertThat(DutchPhrases.items(answer.replace("\\n", "\n"))).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen idee", "Geen flauw idee eigenlijk.", "weet ik niet", "Ik weet het echt niet zo goed",
            "eh, geen idee", "nee", "niks", "Niet zoveel eigenlijk", "denk ik", "zegt mijn chef", "", "  ", "...", "-", "en, en"})
    void aNonAnswerHasNoTalents(String answer) {
        assertThat(DutchPhrases.items(answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plannen,   klantcontact", "plannen ,klantcontact", "plannen\r\n\r\nklantcontact",
            "plannen;;klantcontact", "plannen\u00a0,\u00a0klantcontact", "plannen\tEN\tklantcontact"})
    void spacesAndEmptyPiecesAroundSeparatorsDoNotMatter(String answer) {
        assertThat(DutchPhrases.items(answer)).isEqualTo(List.of("plannen", "klantcontact"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1,5 jaar ervaring met SAP                 | 1,5 jaar ervaring met SAP",
            "in week 12. Daarna ben ik weer beschikbaar | in week 12;ben ik weer beschikbaar",
            "1 - 2 dagen per week plannen               | 1 - 2 dagen per week plannen"})
    void numbersThatAreNoListMarkersStay(String answer, String expected) {
        assertThat(DutchPhrases.items(answer)).containsExactly(expected.split(";"));
    }
}
