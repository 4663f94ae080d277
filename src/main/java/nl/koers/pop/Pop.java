package nl.koers.pop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;


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
        @NotNull @Size(max = Pop.ITEMS) List<@NotNull @Size(max = Pop.TEXT) String> talents,
        @Nullable @Size(max = Pop.TEXT) String energy,
        @Nullable @Size(max = Pop.TEXT) String wishes,
        @Nullable @Size(max = Pop.TEXT) String organisationWishes,
        @NotNull @Valid Direction direction,
        @Nullable @Size(max = Pop.TEXT) String possibilities,
        @Nullable @Size(max = Pop.TEXT) String obstacles,
        @NotNull @Size(max = Pop.ITEMS) List<@NotNull @Valid Goal> goals,
        @NotNull @Size(max = Pop.ITEMS) List<@NotNull LocalDate> reviews,
        @NotNull @Size(max = Pop.ITEMS) List<@NotNull @Size(max = Pop.TEXT) String> funding,
        @NotNull @Size(max = Pop.ITEMS) List<@NotNull @Size(max = Pop.TEXT) String> openPoints,
        @Nullable Map<String, String> attribution,
        @Nullable List<@NotNull Progress> progress,
        @Nullable Acceptance acceptance,
        @Nullable List<Check> checks) {

    /** Every goal has its stable id: a goal that comes without one gets the next free number. */
    public Pop {
        attribution = attribution == null ? Map.of() : attribution; // read-only: a PUT may leave it out
        progress = progress == null ? List.of() : progress.stream().filter(java.util.Objects::nonNull).toList();
        if (goals != null && goals.stream().anyMatch(goal -> goal != null && (goal.id() == null || goal.id().isBlank()))) {
            goals = GoalIds.assigned(goals, progress);
        }
    }

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
     * A goal with what is agreed for it as a whole: where it happens, the budget and time, who supports it and what
     * the employee does. Those are asked once per goal and stored here, not copied onto every action.
     *
     * @param id           stable across edits and reviews: progress is recorded against it ("doel-1")
     * @param deadlineText the words the deadline was given in, kept when they name no date
     */
    public record Goal(@Nullable @Size(max = 40) String id, @NotBlank @Size(max = TEXT) String description, @Nullable @Size(max = TEXT) String measure,
            @Nullable LocalDate deadline, @Nullable @Size(max = TEXT) String deadlineText,
            @Nullable @Size(max = TEXT) String place, @Nullable @Valid Resources resources,
            @Nullable @Size(max = TEXT) String support, @Nullable @Size(max = TEXT) String ownEffort,
            @NotNull @Size(max = ITEMS) List<@NotNull @Valid Action> actions) {

        /** A goal with only its description, measure and deadline so far. */
        public static Goal of(String description, @Nullable String measure, @Nullable LocalDate deadline,
                List<Action> actions) {
            return new Goal(null, description, measure, deadline, null, null, null, null, null, actions);
        }

        public Goal withId(@Nullable String newId) {
            return new Goal(newId, description, measure, deadline, deadlineText, place, resources, support, ownEffort,
                    actions);
        }

        public Goal withDeadline(@Nullable LocalDate newDeadline) {
            return new Goal(id, description, measure, newDeadline, null, place, resources, support, ownEffort, actions);
        }
    }

    /** One step towards a goal; {@code resources} only when an amount belongs to this action alone. */
    public record Action(@NotBlank @Size(max = TEXT) String description, @Nullable LearningForm learningForm,
            @Nullable LocalDate deadline, @Nullable @Valid Resources resources) {
    }

    /**
     * What a progress review found for one goal ({@code goal} is the goal's id); absent values are null. A changed
     * deadline is set on the goal itself, and the one it replaced is kept here.
     */
    public record Progress(@NotNull LocalDate date, @NotNull String goal, @NotNull ProgressStatus status,
            @Nullable @Size(max = TEXT) String note, @Nullable @Size(max = TEXT) String obstacles,
            @Nullable @Size(max = TEXT) String nextStep, @Nullable LocalDate deadline,
            @Nullable LocalDate previousDeadline) {
    }

    public enum ProgressStatus {
        OP_SCHEMA, AFGEROND, BIJGESTELD, GESTOPT
    }

    /** The goal with this id, if the POP has it. */
    public java.util.Optional<Goal> goal(String id) {
        return goals.stream().filter(goal -> id.equals(goal.id())).findFirst();
    }

    /** The progress recorded for a goal, oldest first. */
    public List<Progress> progressOf(@Nullable String goalId) {
        return goalId == null ? List.of() : progress.stream().filter(entry -> goalId.equals(entry.goal())).toList();
    }

    /** When the employee and the team leader accepted this draft; null while they have not. */
    public record Acceptance(@Nullable Instant employee, @Nullable Instant manager) {
    }

    /** Something missing or weak, said as a gentle hint. */
    public record Check(CheckKind kind, String message) {
    }

    public enum CheckKind {
        GEEN_DOEL, GEEN_DEADLINE, GEEN_MAATSTAF, VAGE_MAATSTAF, GEEN_ACTIE, ALLEEN_FORMEEL, BUDGET_TEGENSTRIJDIG,
        GEEN_VOORTGANGSGESPREK
    }

    public static Pop empty(String employee, @Nullable String manager, LocalDate date) {
        return builder(employee, manager, date).build();
    }

    /** A new POP for these people, empty until the builder fills it. */
    public static PopBuilder builder(String employee, @Nullable String manager, LocalDate date) {
        return new PopBuilder(employee, manager, date);
    }

    /** A builder holding everything this POP says; what it builds has no derived parts (acceptance, checks). */
    public PopBuilder toBuilder() {
        return new PopBuilder(employee, manager, date).role(role).ambitions(ambitions).talents(talents).energy(energy)
                .wishes(wishes).organisationWishes(organisationWishes).direction(direction)
                .possibilities(possibilities).obstacles(obstacles).goals(goals).reviews(reviews).funding(funding)
                .openPoints(openPoints).attribution(attribution).progress(progress);
    }

    public Pop withDerived(@Nullable Acceptance acceptance, List<Check> checks) {
        return new Pop(employee, manager, date, role, ambitions, talents, energy, wishes, organisationWishes, direction,
                possibilities, obstacles, goals, reviews, funding, openPoints, attribution, progress, acceptance, checks);
    }

    /**
     * The same POP with {@code text} applied to every text in it: names, fields, list items, goals, actions and the
     * messages of the checks.
     */
    public Pop withTexts(UnaryOperator<@Nullable String> text) {
        UnaryOperator<List<String>> each = items -> items.stream().map(text).toList();
        UnaryOperator<@Nullable Resources> resources = given -> given == null ? null
                : given.withText(text.apply(given.text()));
        List<Goal> mappedGoals = goals.stream().map(goal -> goal == null ? null : new Goal(goal.id(), text.apply(goal.description()),
                text.apply(goal.measure()), goal.deadline(), text.apply(goal.deadlineText()), text.apply(goal.place()),
                resources.apply(goal.resources()), text.apply(goal.support()), text.apply(goal.ownEffort()),
                goal.actions().stream().map(action -> action == null ? null : new Action(text.apply(action.description()),
                        action.learningForm(), action.deadline(), resources.apply(action.resources()))).toList()))
                .toList();
        Map<String, String> mappedAttribution = new LinkedHashMap<>();
        attribution.forEach((field, name) -> mappedAttribution.put(text.apply(field), text.apply(name)));
        return new Pop(text.apply(employee), text.apply(manager), date, text.apply(role),
                new Ambitions(text.apply(ambitions.shortTerm()), text.apply(ambitions.longTerm())), each.apply(talents),
                text.apply(energy), text.apply(wishes), text.apply(organisationWishes),
                new Direction(direction.depth(), direction.scope(), text.apply(direction.note())),
                text.apply(possibilities), text.apply(obstacles), mappedGoals, reviews, each.apply(funding),
                each.apply(openPoints), mappedAttribution, progress.stream().map(entry -> new Progress(entry.date(),
                        entry.goal(), entry.status(), text.apply(entry.note()), text.apply(entry.obstacles()),
                        text.apply(entry.nextStep()), entry.deadline(), entry.previousDeadline())).toList(),
                acceptance, checks == null ? null
                        : checks.stream().map(check -> new Check(check.kind(), text.apply(check.message()))).toList());
    }
}
