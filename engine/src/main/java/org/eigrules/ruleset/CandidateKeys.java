package org.eigrules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import org.eigrules.model.DefiName;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameter keys of the calls for candidates ({@code candidates.*}) and of the défis' jury
 * scale ({@code selection.scores.*}): what each value must look like. {@link ParameterFiles} checks them with the other keys, so a malformed value is reported
 * with its file and key when the rules load; {@code org.eigrules.engine.candidacy.CandidateParameters}
 * reads them for the candidates' rules.
 */
public final class CandidateKeys {

    /** The call's first day, from 00:00 in the promotion's time zone (CND-6). */
    public static final String CALL_OPENS = "candidates.call.opens";
    /** The call's last instant, inclusive, written with the offset the sources give (CND-6). */
    public static final String CALL_CLOSES = "candidates.call.closes";
    /** The day on which a civil servant must no longer be in post (CND-2); absent: any agent in post. */
    public static final String PUBLIC_SERVICE_CUT_OFF = "candidates.publicService.cutOff";
    /** The studies at the promotion's start that exclude a candidate (CND-4). */
    public static final String EXCLUDED_STUDIES = "candidates.studies.excluded";
    /** The most choices a candidacy may make (CND-5). */
    public static final String MAX_CHOICES = "candidates.choices.max";
    /**
     * The défis or profiles a candidate may choose among (CND-5); absent: any name. Each item is a
     * name, or the list of one défi's published spellings (the first is the name it goes by).
     */
    public static final String ALLOWED_CHOICES = "candidates.choices.allowed";
    /** The documents a candidacy must hold (CND-9): among cv, cvPdf, motivation. */
    public static final String REQUIRED_DOCUMENTS = "candidates.documents.required";

    /** How many criteria the candidates' jury marks (CND-10); absent: the sources give no scale. */
    public static final String SCORE_CRITERIA = "candidates.scores.criteria";
    /** The highest mark of one criterion (CND-10). */
    public static final String SCORE_MAX = "candidates.scores.max";

    /** How many criteria the défis' jury scores (JRY-1, JRY-4); absent: the sources give no scale. */
    public static final String JURY_CRITERIA = "selection.scores.criteria";
    /** The lowest score of one criterion of the défis' jury. */
    public static final String JURY_LOWEST = "selection.scores.min";
    /** The highest score of one criterion of the défis' jury. */
    public static final String JURY_HIGHEST = "selection.scores.max";

    /** How a parameter's text separates one défi's spellings (its items are separated by ", "). */
    public static final String SPELLINGS = " | ";

    /** The names a candidacy's documents go by. */
    public static final List<String> DOCUMENTS = List.of("cv", "cvPdf", "motivation");

    /** A kind of value: how to check it and what to say was expected. */
    public record Kind(Function<JsonNode, Object> check, String expected) {
    }

    /** Every candidates' key, with its kind. */
    public static final Map<String, Kind> KEYS;

    static {
        Map<String, Kind> keys = new LinkedHashMap<>();
        keys.put(CALL_OPENS, new Kind(node -> LocalDate.parse(text(node)), "a date such as 2018-09-13"));
        keys.put(CALL_CLOSES, new Kind(node -> OffsetDateTime.parse(text(node)),
                "a date-time with its offset, such as 2018-10-15T17:00:00+02:00"));
        keys.put(PUBLIC_SERVICE_CUT_OFF, new Kind(node -> LocalDate.parse(text(node)), "a date such as 2018-12-15"));
        keys.put(EXCLUDED_STUDIES, new Kind(node -> names(node, List.of("NONE", "FIRST_TWO_CYCLES", "DOCTORATE",
                "APPRENTICESHIP", "OTHER_STUDIES")),
                "a list of NONE, FIRST_TWO_CYCLES, DOCTORATE, APPRENTICESHIP, OTHER_STUDIES"));
        keys.put(MAX_CHOICES, new Kind(CandidateKeys::positive, "a whole number above 0"));
        keys.put(SCORE_CRITERIA, new Kind(CandidateKeys::positive, "a whole number above 0"));
        keys.put(SCORE_MAX, new Kind(CandidateKeys::positive, "a whole number above 0"));
        keys.put(ALLOWED_CHOICES, new Kind(CandidateKeys::offers, "a non-empty list whose items are each a name or a "
                + "non-empty list of one défi's spellings, no name with a comma or " + SPELLINGS.strip()
                + ", no two défis alike once typographic variants are folded"));
        keys.put(JURY_CRITERIA, new Kind(CandidateKeys::positive, "a whole number above 0"));
        keys.put(JURY_LOWEST, new Kind(CandidateKeys::positive, "a whole number above 0"));
        keys.put(JURY_HIGHEST, new Kind(CandidateKeys::positive, "a whole number above 0"));
        keys.put(REQUIRED_DOCUMENTS, new Kind(node -> names(node, DOCUMENTS), "a list of cv, cvPdf, motivation"));
        KEYS = java.util.Collections.unmodifiableMap(keys);
    }

    private CandidateKeys() {
    }

    /**
     * The défis' jury scale a promotion's parameters give; null when they do not give all three
     * values (the sources give no scale).
     */
    public static org.eigrules.selection.JuryScale juryScale(org.eigrules.promotion.PromotionParameters p) {
        Map<String, org.eigrules.promotion.Parameter> values = p.parameters();
        if (!values.containsKey(JURY_CRITERIA) || !values.containsKey(JURY_LOWEST) || !values.containsKey(JURY_HIGHEST)) {
            return null;
        }
        return new org.eigrules.selection.JuryScale(Integer.parseInt(values.get(JURY_CRITERIA).value()),
                Integer.parseInt(values.get(JURY_LOWEST).value()), Integer.parseInt(values.get(JURY_HIGHEST).value()));
    }

    private static Object positive(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new IllegalArgumentException();
        }
        return node.intValue();
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException();
        }
        return node.textValue();
    }

    /**
     * What candidates choose among: each item a name or a list of spellings of one offer. A comma
     * or {@link #SPELLINGS} would split a name when the text is read back; two offers whose
     * spellings fold alike ({@link DefiName}) would make a choice of either ambiguous.
     */
    private static Object offers(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException();
        }
        Map<String, Integer> offerOf = new java.util.HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            List<String> spellings = item.isArray() && !item.isEmpty() ? names(item, null) : List.of(name(item));
            for (String spelling : spellings) {
                Integer other = offerOf.putIfAbsent(DefiName.folded(spelling), i);
                if (other != null && other != i) {
                    throw new IllegalArgumentException();
                }
            }
        }
        return node;
    }

    private static String name(JsonNode item) {
        if (!item.isTextual() || item.textValue().isBlank() || item.textValue().contains(",")
                || item.textValue().contains(SPELLINGS.strip())) {
            throw new IllegalArgumentException();
        }
        return item.textValue();
    }

    /** A list of names, each among {@code allowed} when given; a comma would split it when read back. */
    private static List<String> names(JsonNode node, List<String> allowed) {
        if (!node.isArray() || (allowed == null && node.isEmpty())) {
            throw new IllegalArgumentException();
        }
        String[] names = new String[node.size()];
        for (int i = 0; i < node.size(); i++) {
            names[i] = name(node.get(i));
            if (allowed != null && !allowed.contains(names[i])) {
                throw new IllegalArgumentException();
            }
        }
        return Arrays.asList(names);
    }
}
