package org.eigrules.notice;

import org.eigrules.EigRules;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDecision;
import org.eigrules.ruleset.CandidateRule;
import org.eigrules.engine.candidacy.CandidateRules;
import org.eigrules.decision.Clauses;
import org.eigrules.decision.Decision;
import org.eigrules.decision.ImplausibleValue;
import org.eigrules.decision.Language;
import org.eigrules.decision.LocalizedText;
import org.eigrules.decision.MissingField;
import org.eigrules.decision.Note;
import org.eigrules.decision.Reason;
import org.eigrules.evaluation.Explanation;
import org.eigrules.ruleset.Messages;
import org.eigrules.io.DecisionText;
import org.eigrules.model.Application;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds notices from an evaluation: the data each clause's rules read (the trace
 * {@link EigRules#explain} keeps), the parameters the rules that fired read, and every clause
 * of the promotion with its outcome.
 */
public final class Notices {

    private Notices() {
    }

    /**
     * The notice for a défi application.
     *
     * @param source the file it came from, as given, or null
     * @throws org.eigrules.validation.InvalidApplicationException as {@link EigRules#evaluate} does
     */
    public static Notice of(EigRules rules, Application application, String source) {
        Explanation explanation = rules.explain(application);
        Decision decision = explanation.decision();
        PromotionParameters parameters = rules.parameters(decision.promotion());
        Messages messages = rules.ruleSet().messages();

        // Item 2: what each clause's rules look at, and what each rule that fired read.
        Map<String, Set<String>> clausesByField = new TreeMap<>();
        Wording wording = new Wording(messages);
        Map<String, Object> values = new TreeMap<>();
        explanation.facts().forEach((clause, facts) -> facts.forEach((fact, value) -> {
            String field = field(fact);
            values.put(field, value);
            clausesByField.computeIfAbsent(field, f -> new TreeSet<>(Clauses.ORDER)).add(clause);
        }));
        Set<String> firedRead = new LinkedHashSet<>();
        for (Explanation.Firing firing : explanation.firings()) {
            firing.valuesRead().forEach((fact, value) -> {
                String field = field(fact);
                values.put(field, value);
                clausesByField.computeIfAbsent(field, f -> new TreeSet<>(Clauses.ORDER)).add(firing.rule().clause());
            });
            firing.parametersRead(parameters).forEach(p -> firedRead.add(p.key()));
        }
        List<Notice.Datum> data = new ArrayList<>();
        clausesByField.forEach((field, clauses) -> data.add(new Notice.Datum(field, wording.field(field),
                wording.value(values.get(field)), List.copyOf(clauses))));

        // Item 3: what every rule of the promotion compares the file with, whether or not it fired (a
        // closing date the file met was applied too), in the parameter file's order.
        Map<String, Set<String>> clausesByKey = new TreeMap<>();
        rules.rules().stream().filter(r -> r.appliesTo(decision.promotion())).forEach(r -> r.parameters().forEach(key ->
                clausesByKey.computeIfAbsent(key, k -> new TreeSet<>(Clauses.ORDER)).add(r.clause())));
        List<Notice.AppliedParameter> applied = parameters.parameters().values().stream()
                .filter(p -> clausesByKey.containsKey(p.key()) || firedRead.contains(p.key()))
                .map(p -> new Notice.AppliedParameter(p, List.copyOf(clausesByKey.getOrDefault(p.key(), Set.of())),
                        firedRead.contains(p.key())))
                .toList();

        // Item 4: every clause of the promotion, in clause order.
        List<Notice.Operation> operations = new ArrayList<>();
        explanation.clauses().forEach((clause, status) -> {
            List<LocalizedText> details = new ArrayList<>();
            decision.reasons().stream().filter(r -> r.clause().equals(clause)).map(Reason::message).forEach(details::add);
            decision.missing().stream().filter(m -> m.clause().equals(clause)).map(Notices::missing).forEach(details::add);
            decision.implausible().stream().filter(v -> v.clause().equals(clause)).map(ImplausibleValue::message)
                    .forEach(details::add);
            decision.coFinancing().notes().stream().filter(n -> n.clause().equals(clause)).map(Note::message)
                    .forEach(details::add);
            operations.add(new Notice.Operation(clause, messages.clauseTitles(clause), outcome(status), details));
        });

        return new Notice(decision.application(), false, decision.promotion(), decision.verdict(),
                new LocalizedText(DecisionText.summary(decision, Language.FR), DecisionText.summary(decision, Language.EN)),
                source, Mention.of(rules, decision.promotion()), APPLICATION_CONTRIBUTION, data, applied,
                parameterFile(decision.promotion()), operations, org.eigrules.record.Fingerprints.of(rules).value(), rules.ruleSet().origin());
    }

    /**
     * The notice of the algorithmic processing for one application (ALG-2, article R311-3-1-2 of
     * the code des relations entre le public et l'administration): how the processing contributed
     * to the decision, the data it read, the parameters it applied and the clauses it checked, with
     * the explicit mention (ALG-1). {@link NoticeText} writes it.
     *
     * @throws org.eigrules.validation.InvalidApplicationException as {@link EigRules#evaluate(Application)} does
     */
    public static Notice of(EigRules rules, Application application) {
        return of(rules, application, null);
    }

    /**
     * The notice of the algorithmic processing for one candidacy; see {@link #of(EigRules, Application)}.
     *
     * @throws org.eigrules.validation.InvalidApplicationException as {@link EigRules#evaluate(Candidacy)} does
     */
    public static Notice of(EigRules rules, Candidacy candidacy) {
        return of(rules, candidacy, null);
    }

    /**
     * The notice for a candidacy. The candidates' rules read the candidacy as a whole: every field
     * it gives is listed, with the clauses of its promotion.
     *
     * @param source the file it came from, as given, or null
     * @throws org.eigrules.validation.InvalidApplicationException as {@link EigRules#evaluate(Candidacy)} does
     */
    public static Notice of(EigRules rules, Candidacy candidacy, String source) {
        CandidacyDecision decision = rules.evaluate(candidacy);
        int promotion = decision.promotion();
        Set<String> clauses = new TreeSet<>(Clauses.ORDER);
        rules.candidacyRules().stream().filter(r -> r.appliesTo(promotion)).map(CandidateRule::clause).forEach(clauses::add);

        Map<String, Object> values = new TreeMap<>();
        flatten("", candidacy, values);
        values.remove("kind");
        // The candidates' rules read the candidacy as one fact: each field is tied to the clauses whose
        // rules name it in their conditions.
        Map<String, Set<String>> readBy = CandidacyReads.builtIn();
        Wording wording = new Wording(rules.ruleSet().messages());
        List<Notice.Datum> data = values.entrySet().stream()
                .map(e -> new Notice.Datum(e.getKey(), wording.field(e.getKey()), wording.value(e.getValue()),
                        readBy.getOrDefault(CandidacyReads.topField(e.getKey()), Set.of()).stream()
                                .filter(clauses::contains).sorted(Clauses.ORDER).toList()))
                .toList();

        PromotionParameters parameters = rules.parameters(promotion);
        // The candidates' rule base does not record what each rule reads: every value of the call, each
        // with the clause its label names.
        List<Notice.AppliedParameter> applied = parameters.parameters().values().stream()
                .filter(p -> p.key().startsWith("candidates.") && !p.key().startsWith("candidates.scores.")
                        || p.key().equals("timeZone"))
                .map(p -> new Notice.AppliedParameter(p, clausesNamedIn(p.label()), false))
                .toList();

        List<Notice.Operation> operations = new ArrayList<>();
        for (String clause : clauses) {
            List<LocalizedText> details = new ArrayList<>();
            decision.reasons().stream().filter(r -> r.clause().equals(clause)).map(Reason::message).forEach(details::add);
            decision.missing().stream().filter(m -> m.clause().equals(clause)).map(Notices::missing).forEach(details::add);
            Notice.Outcome outcome = decision.reasons().stream().anyMatch(r -> r.clause().equals(clause)) ? Notice.Outcome.FAILED
                    : decision.missing().stream().anyMatch(m -> m.clause().equals(clause)) ? Notice.Outcome.UNDECIDED
                    : Notice.Outcome.MET;
            String fr = CandidateRules.builtIn().clauseTitle(clause, Language.FR);
            String en = CandidateRules.builtIn().clauseTitle(clause, Language.EN);
            operations.add(new Notice.Operation(clause, fr == null || en == null ? null : new LocalizedText(fr, en),
                    outcome, details));
        }
        return new Notice(decision.candidate(), true, promotion, decision.verdict(),
                new LocalizedText(DecisionText.summary(decision, Language.FR), DecisionText.summary(decision, Language.EN)),
                source, Mention.of(rules, promotion), CANDIDACY_CONTRIBUTION, data, applied, parameterFile(promotion),
                operations, org.eigrules.record.Fingerprints.of(rules).value(), rules.ruleSet().origin());
    }

    private static final List<LocalizedText> APPLICATION_CONTRIBUTION = List.of(
            new LocalizedText("Le traitement décide, à partir des seules données du dossier, si le défi est éligible "
                    + "(ÉLIGIBLE, INÉLIGIBLE ou INCOMPLET) et calcule son cofinancement : qui le reçoit, la part du "
                    + "financeur et celle de l’hôte, au centime. Ces deux résultats sont entièrement les siens : aucune "
                    + "appréciation humaine n’entre dans leur calcul.",
                    "From the file's data alone, the processing decides whether the défi is eligible (ELIGIBLE, "
                    + "INELIGIBLE or INCOMPLETE) and computes its co-financing: who receives it, the funder's share and "
                    + "the host's, to the cent. Both results are entirely its own: no human judgement enters their "
                    + "computation."),
            new LocalizedText("Il ne décide pas de la sélection : le jury entend les défis éligibles, les note et donne "
                    + "son avis ; le traitement ne fait que les classer selon ces notes et vérifier l’enveloppe du "
                    + "programme, et la sélection est arrêtée par le programme. Les priorités atteintes sont signalées "
                    + "au jury ; elles ne changent pas l’éligibilité.",
                    "It does not decide the selection: the jury hears the eligible défis, marks them and gives its "
                    + "opinion; the processing only ranks them by those marks and checks the programme's envelope, and "
                    + "the programme decides the selection. The priorities met are shown to the jury; they do not "
                    + "change eligibility."),
            new LocalizedText("Mode : des règles écrites, une ou plusieurs par clause de l’appel, chacune citant sa "
                    + "source, appliquées aux valeurs du fichier de paramètres de la promotion. Les mêmes données "
                    + "donnent toujours la même décision.",
                    "Mode: written rules, one or more per clause of the call, each citing its source, applied with "
                    + "the values of the promotion's parameter file. The same data always give the same decision."));

    private static final List<LocalizedText> CANDIDACY_CONTRIBUTION = List.of(
            new LocalizedText("Le traitement décide, à partir des seules données de la candidature, si elle remplit "
                    + "les conditions de l’appel à candidatures (ÉLIGIBLE, INÉLIGIBLE ou INCOMPLET) : cette décision "
                    + "est entièrement la sienne.",
                    "From the candidacy's data alone, the processing decides whether it meets the conditions of the "
                    + "call for candidates (ELIGIBLE, INELIGIBLE or INCOMPLETE): that decision is entirely its own."),
            new LocalizedText("Il ne décide pas du recrutement : le jury auditionne et note les candidats ; le "
                    + "traitement ne fait que classer leurs notes, sans départager les ex aequo, et le choix revient "
                    + "au jury et au programme.",
                    "It does not decide who is recruited: the jury auditions and marks the candidates; the processing "
                    + "only ranks their marks, without breaking ties, and the choice is the jury's and the "
                    + "programme's."),
            new LocalizedText("Mode : des règles écrites, une ou plusieurs par clause de l’appel, chacune citant sa "
                    + "source, appliquées aux valeurs du fichier de paramètres de la promotion. Les mêmes données "
                    + "donnent toujours la même décision.",
                    "Mode: written rules, one or more per clause of the call, each citing its source, applied with "
                    + "the values of the promotion's parameter file. The same data always give the same decision."));

    private static Notice.Outcome outcome(Explanation.ClauseStatus status) {
        return switch (status) {
            case PASSED -> Notice.Outcome.MET;
            case FAILED -> Notice.Outcome.FAILED;
            case UNDECIDED -> Notice.Outcome.UNDECIDED;
            case NOTED -> Notice.Outcome.DECIDES_WHO_PAYS;
            case MET -> Notice.Outcome.PRIORITY_MET;
            case NOT_MET -> Notice.Outcome.PRIORITY_NOT_MET;
        };
    }

    private static LocalizedText missing(MissingField field) {
        // The field's path only when no words name it: a notice speaks to a person, not a program.
        LocalizedText label = field.label();
        return new LocalizedText("Information manquante : " + (label == null ? field.field() : label.fr()),
                "Missing information: " + (label == null ? field.field() : label.en()));
    }

    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("\\b([A-Z]{3}-\\d+)\\b");

    /** The clause ids a parameter's label names, as {@code (CND-5)}. */
    private static List<String> clausesNamedIn(String label) {
        Set<String> clauses = new TreeSet<>(Clauses.ORDER);
        java.util.regex.Matcher m = CLAUSE.matcher(label);
        while (m.find()) {
            clauses.add(m.group(1));
        }
        return List.copyOf(clauses);
    }

    private static String parameterFile(int promotion) {
        return "promotions/p" + promotion + ".yaml";
    }

    /**
     * A fact as the trace names it ({@code Challenge.durationMonths}, {@code Eig[1].profile},
     * {@code Application.receivedAt}) as the file names it ({@code challenge.durationMonths},
     * {@code eigs[1].profile}, {@code receivedAt}).
     */
    static String field(String fact) {
        int dot = fact.indexOf('.');
        if (dot < 0) {
            return fact;
        }
        String type = fact.substring(0, dot);
        String rest = fact.substring(dot + 1);
        if (type.equals("Application")) {
            return rest;
        }
        if (type.equals("Eig")) {
            return "eigs[0]." + rest;
        }
        if (type.startsWith("Eig[")) {
            return "eigs" + type.substring(3) + "." + rest;
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + rest;
    }

    /** Every value a record gives, by its path, nested records and lists included. */
    private static void flatten(String path, Object value, Map<String, Object> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                flatten(path.isEmpty() ? component.getName() : path + "." + component.getName(), part, out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), out);
            }
        } else {
            out.put(path, value);
        }
    }
}
