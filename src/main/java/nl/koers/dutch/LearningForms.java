package nl.koers.dutch;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.koers.pop.LearningForm;

/**
 * Recognises the learning form of an action from its wording: cursus/training/opleiding is formal, coaching/
 * mentor/intervisie/feedback is social, meelopen/project/taak/rotatie is learning on the job. When words of
 * more than one form appear, the first one written decides ("meelopen met een cursusleider" is on the job).
 */
public final class LearningForms {

    private static final List<Band> BANDS = List.of(
            new Band(LearningForm.FORMEEL, "cursus|cursussen|training|trainingen|opleiding|opleidingen|workshop"
                    + "|e-learning|elearning|studie|studeren|certificaat|certificering|diploma|leergang|masterclass"
                    + "|webinar|seminar|congres|bijscholing|scholing|mbo|hbo|lesdag|lessen|bootcamp|examen|module"),
            new Band(LearningForm.SOCIAAL, "coaching|coach|coachen|mentor|mentoring|intervisie|feedback|buddy"
                    + "|maatje|sparren|kennisdeling|kennis delen|leren van|netwerk|netwerken|collega's|collega"
                    + "|uitwisseling|begeleiding|begeleider|tweegesprek|lunchsessie|kennissessie|vakgroep"),
            new Band(LearningForm.WERKPLEK, "meelopen|meeloopdag|meekijken|project|projecten|taak|taken|rotatie"
                    + "|roulatie|overnemen|zelf doen|oefenen|uitvoeren|opdracht|klus|verantwoordelijkheid|waarnemen"
                    + "|vervangen|stage|praktijk|op de werkvloer|in het werk|shadowing|schaduwen|invallen"
                    + "|aanspreekpunt|trekker|organiseren|begeleiden van|inwerken|plannen|voorbereiden|draaien|doen|meedraaien"
                    + "|zelfstandig|bijhouden|verzorgen"));

    private LearningForms() {
    }

    public static Optional<LearningForm> of(String action) {
        return firstNamed(DutchText.fold(action));
    }

    /** The form of the first learning activity named in text that is already folded. */
    private static Optional<LearningForm> firstNamed(String text) {
        LearningForm first = null;
        int at = Integer.MAX_VALUE;
        for (Band band : BANDS) {
            var matcher = band.pattern().matcher(text);
            if (matcher.find() && matcher.start() < at) {
                at = matcher.start();
                first = band.form();
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whether the text names a learning activity at all, of any form. */
    static boolean namesActivity(String text) {
        return of(text).isPresent();
    }

    private static final Pattern CHOSE_WERKPLEK = Pattern.compile("\\b(?:werkplek|in het werk|op het werk|doen|70)\\b");
    private static final Pattern CHOSE_SOCIAAL = Pattern.compile("\\b(?:sociaal|van anderen|anderen|collega|20)\\b");
    private static final Pattern CHOSE_FORMEEL = Pattern.compile("\\b(?:formeel|opleiding|cursus|training|10)\\b");

    /** The form from a one-word answer to "is dit werkplek, sociaal of formeel?". */
    public static Optional<LearningForm> fromChoice(String answer) {
        String text = DutchText.fold(answer).strip();
        if (CHOSE_WERKPLEK.matcher(text).find()) {
            return Optional.of(LearningForm.WERKPLEK);
        }
        if (CHOSE_SOCIAAL.matcher(text).find()) {
            return Optional.of(LearningForm.SOCIAAL);
        }
        if (CHOSE_FORMEEL.matcher(text).find()) {
            return Optional.of(LearningForm.FORMEEL);
        }
        return firstNamed(text);
    }

    private record Band(LearningForm form, Pattern pattern) {
        Band(LearningForm form, String words) {
            this(form, Pattern.compile("\\b(?:" + words + ")"));
        }
    }
}
