package nl.koers.pop;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * What an edited POP may hold, said in Dutch: the constraints on {@link Pop} that {@code PUT …/pop} checks with
 * {@code @Valid} (lengths, list sizes, amounts) and the date window of {@link PopDates}. The edit page checks its
 * POP here, so that the page and the API refuse the same things; each message names the field as a person knows it
 * ("De tekst bij de omschrijving van actie 2 bij doel 1 is te lang: …").
 */
@Component
public class PopConstraints {

    private static final Pattern ACTION = Pattern.compile("goals\\[(\\d+)]\\.actions\\[(\\d+)]\\.(.+)");
    private static final Pattern GOAL = Pattern.compile("goals\\[(\\d+)]\\.(.+)");
    private static final Pattern LIST_ITEM = Pattern.compile("(\\w+)\\[(\\d+)]");
    /** The names in a POP's paths, in the order the POP and its edit page show them. */
    private static final List<String> ORDER = List.of("employee", "manager", "date", "role", "ambitions", "shortTerm",
            "longTerm", "talents", "energy", "wishes", "organisationWishes", "direction", "note", "possibilities",
            "obstacles", "goals", "id", "description", "measure", "deadline", "deadlineText", "place", "resources",
            "euros", "hours", "days", "per", "text", "support", "ownEffort", "actions", "learningForm", "reviews",
            "funding", "openPoints");

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("employee", "de naam van de medewerker"),
            Map.entry("manager", "de naam van de leidinggevende"), Map.entry("date", "de datum van de POP"),
            Map.entry("role", "de functie"), Map.entry("ambitions", "de ambities"),
            Map.entry("ambitions.shortTerm", "'over een jaar'"),
            Map.entry("ambitions.longTerm", "'over drie tot vijf jaar'"), Map.entry("talents", "de talenten"),
            Map.entry("energy", "'energie van'"), Map.entry("wishes", "de wensen"),
            Map.entry("organisationWishes", "'wat de organisatie vraagt'"), Map.entry("direction", "de richting"),
            Map.entry("direction.note", "de toelichting bij de richting"),
            Map.entry("possibilities", "de mogelijkheden"), Map.entry("obstacles", "'wat (nog) niet kan'"),
            Map.entry("goals", "de POP"), Map.entry("reviews", "de voortgangsgesprekken"),
            Map.entry("funding", "de financiering"), Map.entry("openPoints", "de open punten"));

    private static final Map<String, String> GOAL_FIELDS = Map.ofEntries(Map.entry("id", "het nummer van "),
            Map.entry("description", "de omschrijving van "), Map.entry("measure", "'gelukt als' bij "),
            Map.entry("deadlineText", "de einddatum van "), Map.entry("place", "'waar' bij "),
            Map.entry("support", "de ondersteuning bij "), Map.entry("ownEffort", "de eigen inzet bij "),
            Map.entry("resources", "het budget van "), Map.entry("resources.text", "het budget van "),
            Map.entry("resources.euros", "het bedrag in het budget van "),
            Map.entry("resources.hours", "het aantal uren in het budget van "),
            Map.entry("resources.days", "het aantal dagen in het budget van "), Map.entry("actions", ""));

    private final Validator validator;

    PopConstraints(Validator validator) {
        this.validator = validator;
    }

    /** Every rule the POP breaks, one Dutch sentence each, in the order of the POP; empty when it keeps them all. */
    public List<String> problems(Pop pop, PopNumbering numbering) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        validator.validate(pop).stream().sorted(Comparator.comparing(PopConstraints::order))
                .forEach(violation -> found.add(message(violation, numbering)));
        PopDates.problem(pop, numbering).ifPresent(found::add);
        return new ArrayList<>(found);
    }

    /** Where the field comes in the POP and on the edit page: each part of its path by name, then by number. */
    private static String order(ConstraintViolation<Pop> violation) {
        var key = new StringBuilder();
        for (String part : path(violation).split("\\.")) {
            Matcher item = LIST_ITEM.matcher(part);
            String name = item.matches() ? item.group(1) : part;
            int at = ORDER.indexOf(name);
            key.append("%03d".formatted(at < 0 ? ORDER.size() : at));
            key.append(item.matches() ? "%09d".formatted(Long.parseLong(item.group(2))) : "");
        }
        return key.toString();
    }

    private static String path(ConstraintViolation<Pop> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }

    private static String message(ConstraintViolation<Pop> violation, PopNumbering numbering) {
        String path = path(violation);
        String subject = subject(path, numbering);
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        return switch (constraint) {
            case Size size when value instanceof CharSequence text -> "De tekst bij " + subject + " is te lang: hoogstens "
                    + size.max() + " tekens, je gaf er " + text.length() + ".";
            case Size size when value instanceof Collection<?> items -> "Bij " + subject + " passen hoogstens "
                    + size.max() + " " + unit(path) + "; je gaf er " + items.size() + ".";
            case NotBlank blank -> capitalized(subject) + " is leeg.";
            case NotNull missing -> capitalized(subject) + " ontbreekt.";
            case DecimalMax max -> capitalized(subject) + " is te groot: hoogstens "
                    + amount(new BigDecimal(max.value()), path) + ".";
            case PositiveOrZero positive -> capitalized(subject) + " kan niet onder nul zijn.";
            default -> capitalized(subject) + " klopt niet.";
        };
    }

    /** The field as a person knows it: "de omschrijving van actie 2 bij doel 1", "'gelukt als' bij doel 3". */
    private static String subject(String path, PopNumbering numbering) {
        Matcher action = ACTION.matcher(path);
        if (action.matches()) {
            String place = numbering.action(Integer.parseInt(action.group(1)), Integer.parseInt(action.group(2)));
            String field = action.group(3);
            return field.startsWith("resources") ? GOAL_FIELDS.get(field) + place : "de omschrijving van " + place;
        }
        Matcher goal = GOAL.matcher(path);
        if (goal.matches()) {
            String place = numbering.goal(Integer.parseInt(goal.group(1)));
            return GOAL_FIELDS.getOrDefault(goal.group(2), "") + place;
        }
        Matcher item = LIST_ITEM.matcher(path);
        if (item.matches() && item.group(1).equals("goals")) {
            return numbering.goal(Integer.parseInt(item.group(2)));
        }
        String field = item.matches() ? item.group(1) : path; // a line of a list: its list
        return FIELDS.getOrDefault(field, field);
    }

    /** What a list holds, for "Bij de open punten passen hoogstens 50 regels". */
    private static String unit(String path) {
        if (path.equals("goals")) {
            return "doelen";
        }
        return path.endsWith(".actions") ? "acties" : "regels";
    }

    private static String amount(BigDecimal value, String path) {
        String number = NumberFormat.getNumberInstance(PopLabels.DUTCH).format(value);
        if (path.endsWith("euros")) {
            return "€ " + number;
        }
        return number + (path.endsWith("hours") ? " uur" : " dagen");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
