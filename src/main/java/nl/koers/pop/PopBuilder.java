package nl.koers.pop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Makes a POP part by part, for the dialogue, the model and the edit form. A built POP carries no derived parts:
 * acceptance and checks are added when a stored POP is read ({@link Pop#withDerived}).
 */
public final class PopBuilder {

    private String employee;
    private @Nullable String manager;
    private LocalDate date;
    private @Nullable String role;
    private Pop.Ambitions ambitions = new Pop.Ambitions(null, null);
    private List<String> talents = List.of();
    private @Nullable String energy;
    private @Nullable String wishes;
    private @Nullable String organisationWishes;
    private Pop.Direction direction = new Pop.Direction(null, null, null);
    private @Nullable String possibilities;
    private @Nullable String obstacles;
    private List<Pop.Goal> goals = List.of();
    private List<LocalDate> reviews = List.of();
    private List<String> funding = List.of();
    private List<String> openPoints = List.of();
    private Map<String, String> attribution = Map.of();
    private List<Pop.Progress> progress = List.of();

    PopBuilder(String employee, @Nullable String manager, LocalDate date) {
        this.employee = employee;
        this.manager = manager;
        this.date = date;
    }

    public PopBuilder employee(String employee) {
        this.employee = employee;
        return this;
    }

    public PopBuilder manager(@Nullable String manager) {
        this.manager = manager;
        return this;
    }

    public PopBuilder date(LocalDate date) {
        this.date = date;
        return this;
    }

    public PopBuilder role(@Nullable String role) {
        this.role = role;
        return this;
    }

    public PopBuilder ambitions(Pop.Ambitions ambitions) {
        this.ambitions = ambitions;
        return this;
    }

    public PopBuilder talents(List<String> talents) {
        this.talents = talents;
        return this;
    }

    public PopBuilder energy(@Nullable String energy) {
        this.energy = energy;
        return this;
    }

    public PopBuilder wishes(@Nullable String wishes) {
        this.wishes = wishes;
        return this;
    }

    public PopBuilder organisationWishes(@Nullable String organisationWishes) {
        this.organisationWishes = organisationWishes;
        return this;
    }

    public PopBuilder direction(Pop.Direction direction) {
        this.direction = direction;
        return this;
    }

    public PopBuilder possibilities(@Nullable String possibilities) {
        this.possibilities = possibilities;
        return this;
    }

    public PopBuilder obstacles(@Nullable String obstacles) {
        this.obstacles = obstacles;
        return this;
    }

    public PopBuilder goals(List<Pop.Goal> goals) {
        this.goals = goals;
        return this;
    }

    public PopBuilder reviews(List<LocalDate> reviews) {
        this.reviews = reviews;
        return this;
    }

    public PopBuilder funding(List<String> funding) {
        this.funding = funding;
        return this;
    }

    public PopBuilder openPoints(List<String> openPoints) {
        this.openPoints = openPoints;
        return this;
    }

    public PopBuilder progress(List<Pop.Progress> progress) {
        this.progress = progress;
        return this;
    }

    public PopBuilder attribution(Map<String, String> attribution) {
        this.attribution = attribution;
        return this;
    }

    public Pop build() {
        return new Pop(employee, manager, date, role, ambitions, talents, energy, wishes, organisationWishes,
                direction, possibilities, obstacles, goals, reviews, funding, openPoints, attribution, progress, null, null);
    }
}
