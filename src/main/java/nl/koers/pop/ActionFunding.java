package nl.koers.pop;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What may pay for one action of a POP: worked out each time the POP is shown and never stored, so the POP's JSON
 * stays as it is. The funding module provides it; without one ({@link #NONE}) the POP shows no such lines.
 */
public interface ActionFunding {

    /** No advice at all. */
    ActionFunding NONE = (goal, action) -> List.of();

    /** The schemes that may pay for this action of this goal, best fitting first; empty when it costs no money. */
    List<Line> lines(Pop.Goal goal, Pop.Action action);

    /**
     * One scheme as one line, all in Dutch: its name, how well it fits ("past misschien"), the year its rules are
     * from ("regels van 2025"), one sentence on what it may pay, and where to read more: the official page, or where
     * there is none the knowledge article ({@code financiering/o-en-o-fondsen.md}).
     */
    record Line(String scheme, String verdict, String year, String statement, @Nullable String page, String article) {
    }

    /** An action with the lines about what may pay for it. */
    record Funded(Pop.Action action, List<Line> lines) {
    }
}
