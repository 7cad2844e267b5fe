package org.eigrules.notice;

import org.eigrules.decision.LocalizedText;
import org.eigrules.decision.Verdict;
import org.eigrules.promotion.Parameter;

import java.util.List;
import java.util.Objects;

/**
 * The notice of the algorithmic processing for one application or candidacy (ALG-2, article
 * R311-3-1-2 of the code des relations entre le public et l'administration), item by item.
 *
 * @param subject       what was decided: the défi's name, or the candidate's (null when not given)
 * @param candidacy     true for a candidacy to a call for candidates, false for a défi application
 * @param promotion     the promotion
 * @param verdict       the decision's verdict
 * @param summary       the decision's one-line summary, in both languages
 * @param source        the file the application came from, as given; null when none
 * @param mention       the explicit mention (ALG-1)
 * @param contribution  item 1: the degree and mode of the processing's contribution, paragraph by paragraph
 * @param data          item 2: the data processed, each with its value and source
 * @param parameters    item 3: the parameters the clauses apply, with values and sources, in the parameter file's order
 * @param parameterFile the parameter file they come from ({@code promotions/p3.yaml})
 * @param operations    item 4: the clauses checked, in order, each with its outcome
 * @param fingerprint   the SHA-256 of the rule set that decided
 * @param rules         where the rules come from: {@code built-in rules} or a folder
 */
public record Notice(String subject, boolean candidacy, int promotion, Verdict verdict, LocalizedText summary,
                     String source, LocalizedText mention, List<LocalizedText> contribution, List<Datum> data,
                     List<AppliedParameter> parameters, String parameterFile, List<Operation> operations,
                     String fingerprint, String rules) {

    /** Copies the lists. */
    public Notice {
        Objects.requireNonNull(verdict, "verdict");
        contribution = List.copyOf(contribution);
        data = List.copyOf(data);
        parameters = List.copyOf(parameters);
        operations = List.copyOf(operations);
    }

    /**
     * One value the processing read.
     *
     * @param field   its path in the file, in the contract's names ({@code challenge.durationMonths});
     *                a value the rules compute from several fields ends in {@code ()}
     * @param label   what it is, in words; null when neither the policy's words nor the messages name it
     * @param value   the value in words ({@code oui}, a body kind's name, a date); "not given" when the file does not give it
     * @param clauses the clauses that read it, in clause order
     */
    public record Datum(String field, LocalizedText label, LocalizedText value, List<String> clauses) {
        /** Copies the clauses. */
        public Datum {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * One parameter the rules compare the file with.
     *
     * @param parameter the value with its key, label and source
     * @param clauses   the clauses whose rules read it, in clause order; empty when the rules do not say
     * @param fired     true when a rule that fired (that found something about this file) read it
     */
    public record AppliedParameter(Parameter parameter, List<String> clauses, boolean fired) {
        /** Copies the clauses. */
        public AppliedParameter {
            Objects.requireNonNull(parameter, "parameter");
            clauses = List.copyOf(clauses);
        }
    }

    /** Where a clause stands after the evaluation. */
    public enum Outcome {
        /** The clause is met. */
        MET,
        /** The clause fails: the file is ineligible. */
        FAILED,
        /** The file does not give what the clause needs, or gives an implausible value. */
        UNDECIDED,
        /** A co-financing clause that decided who pays. */
        DECIDES_WHO_PAYS,
        /** A priority the défi meets (it weighs in the jury's choice, not in eligibility). */
        PRIORITY_MET,
        /** A priority the défi does not meet. */
        PRIORITY_NOT_MET
    }

    /**
     * One clause checked.
     *
     * @param clause  its id ({@code CHL-3})
     * @param title   its title, or null when none is written
     * @param outcome where it stands
     * @param details why: the reasons, missing fields, implausible values or notes that cite it
     */
    public record Operation(String clause, LocalizedText title, Outcome outcome, List<LocalizedText> details) {
        /** Copies the details. */
        public Operation {
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(outcome, "outcome");
            details = List.copyOf(details);
        }
    }
}
