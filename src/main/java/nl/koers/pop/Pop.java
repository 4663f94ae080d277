package nl.koers.pop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.LearningForm;
import nl.koers.dutch.Resources;

/**
 * The draft personal development plan (persoonlijk ontwikkelingsplan): what the conversation produced, stored
 * as JSON with the conversation. Names are people's display names. {@code attribution} tells, in a one-on-one,
 * who said what: field name → name. {@code checks} and {@code acceptance} are derived when the POP is read.
 */
public record Pop(
        @Size(max = 200) String employee,
        @Nullable @Size(max = 200) String manager,
        @NotNull LocalDate date,
        @Nullable @Size(max = Pop.TEXT) String role,
        @NotNull @Valid Ambitions ambitions,
        @NotNull @Size(max = Pop.ITEMS) List<@Size(max = Pop.TEXT) String> talents,
        @Nullable @Size(max = Pop.TEXT) String energy,
        @Nullable @Size(max = Pop.TEXT) String wishes,
        @Nullable @Size(max = Pop.TEXT) String organisationWishes,
        @NotNull @Valid Direction direction,
        @Nullable @Size(max = Pop.TEXT) String possibilities,
        @Nullable @Size(max = Pop.TEXT) String obstacles,
        @NotNull @Size(max = Pop.ITEMS) List<@Valid Goal> goals,
        @NotNull @Size(max = Pop.ITEMS) List<@NotNull LocalDate> reviews,
        @NotNull @Size(max = Pop.ITEMS) List<@Size(max = Pop.TEXT) String> funding,
        @NotNull @Size(max = Pop.ITEMS) List<@Size(max = Pop.TEXT) String> openPoints,
        @NotNull Map<String, String> attribution,
        @Nullable Acceptance acceptance,
        @Nullable List<Check> checks) {

    public static final int TEXT = 4000;
    public static final int ITEMS = 50;

    public record Ambitions(@Nullable @Size(max = TEXT) String shortTerm, @Nullable @Size(max = TEXT) String longTerm) {
    }

    /** Deepen or broaden; grow within the role or move elsewhere in the organisation. */
    public record Direction(@Nullable Depth depth, @Nullable Scope scope, @Nullable @Size(max = TEXT) String note) {
    }

    public enum Depth {
        VERDIEPEN, VERBREDEN, BEIDE
    }

    public enum Scope {
        BINNEN_FUNCTIE, ANDERE_FUNCTIE, OPEN
    }

    /**
     * @param deadlineText the words the deadline was given in, kept when they name no date
     */
    public record Goal(@Size(min = 1, max = TEXT) String description, @Nullable @Size(max = TEXT) String measure,
            @Nullable LocalDate deadline, @Nullable @Size(max = TEXT) String deadlineText,
            @NotNull @Size(max = ITEMS) List<@Valid Action> actions) {
    }

    public record Action(@Size(min = 1, max = TEXT) String description, @Nullable LearningForm learningForm,
            @Nullable LocalDate deadline, @Nullable @Size(max = TEXT) String place, @Nullable @Valid Resources resources,
            @Nullable @Size(max = TEXT) String support, @Nullable @Size(max = TEXT) String ownEffort) {
    }

    /** When the employee and the team leader accepted this draft; null while they have not. */
    public record Acceptance(@Nullable Instant employee, @Nullable Instant manager) {
    }

    /** Something missing or weak, said as a gentle hint. */
    public record Check(CheckKind kind, String message) {
    }

    public enum CheckKind {
        GEEN_DOEL, GEEN_DEADLINE, GEEN_MAATSTAF, GEEN_ACTIE, ALLEEN_FORMEEL, GEEN_VOORTGANGSGESPREK
    }

    public static Pop empty(String employee, @Nullable String manager, LocalDate date) {
        return new Pop(employee, manager, date, null, new Ambitions(null, null), List.of(), null, null, null,
                new Direction(null, null, null), null, null, List.of(), List.of(), List.of(), List.of(), Map.of(), null,
                null);
    }

    public Pop withDerived(@Nullable Acceptance acceptance, List<Check> checks) {
        return new Pop(employee, manager, date, role, ambitions, talents, energy, wishes, organisationWishes, direction,
                possibilities, obstacles, goals, reviews, funding, openPoints, attribution, acceptance, checks);
    }
}
