package org.eigrules.engine.candidacy;

import org.eigrules.candidacy.CandidacyDocuments;
import org.eigrules.candidacy.OfferedChoices;
import org.eigrules.candidacy.Studies;

import org.eigrules.ruleset.CandidateKeys;
import org.eigrules.promotion.Parameter;
import org.eigrules.promotion.PromotionParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values of one promotion's call for candidates, read from the {@code candidates.*} keys of its
 * parameter file (already checked when the file was read). The candidates' rules read every policy
 * value from here. A value the sources do not give is null, and only rules that do not need it
 * apply to that promotion.
 *
 * @param promotion          the promotion number
 * @param timeZone           the zone the call's opening day is read in (CND-6)
 * @param callOpens          the call's first day, from 00:00 (CND-6)
 * @param callCloses         the call's last instant, inclusive (CND-6)
 * @param publicServiceCutOff the day a civil servant must no longer be in post (CND-2)
 * @param excludedStudies    the studies at the start that exclude a candidate (CND-4)
 * @param maxChoices         the most choices (CND-5)
 * @param allowedChoices     the défis or profiles to choose among, each with its spellings, null when any name goes (CND-5)
 * @param requiredDocuments  the documents the file must hold (CND-9)
 * @param scoreCriteria      how many criteria the candidates' jury marks, null when the sources give no scale (CND-10)
 * @param scoreMax           the highest mark of one criterion (CND-10)
 */
public record CandidateParameters(
        int promotion,
        ZoneId timeZone,
        LocalDate callOpens,
        OffsetDateTime callCloses,
        LocalDate publicServiceCutOff,
        Set<Studies> excludedStudies,
        Integer maxChoices,
        OfferedChoices allowedChoices,
        Set<String> requiredDocuments,
        Integer scoreCriteria,
        Integer scoreMax) {

    /** The values of the promotion's {@code candidates.*} keys. */
    public static CandidateParameters of(PromotionParameters p) {
        ZoneId zone = p.timeZone();
        return new CandidateParameters(p.promotion(), zone,
                value(p, CandidateKeys.CALL_OPENS, LocalDate::parse),
                value(p, CandidateKeys.CALL_CLOSES, OffsetDateTime::parse),
                value(p, CandidateKeys.PUBLIC_SERVICE_CUT_OFF, LocalDate::parse),
                value(p, CandidateKeys.EXCLUDED_STUDIES, text -> {
                    EnumSet<Studies> set = EnumSet.noneOf(Studies.class);
                    items(text).forEach(name -> set.add(Studies.valueOf(name)));
                    return set;
                }),
                value(p, CandidateKeys.MAX_CHOICES, Integer::valueOf),
                value(p, CandidateKeys.ALLOWED_CHOICES, text -> new OfferedChoices(items(text).stream()
                        .map(offer -> Arrays.asList(offer.split(Pattern.quote(CandidateKeys.SPELLINGS)))).toList())),
                value(p, CandidateKeys.REQUIRED_DOCUMENTS, text -> Set.copyOf(items(text))),
                value(p, CandidateKeys.SCORE_CRITERIA, Integer::valueOf),
                value(p, CandidateKeys.SCORE_MAX, Integer::valueOf));
    }

    /** Whether the promotion's file gives the values of its call for candidates. */
    public boolean definesTheCall() {
        return callOpens != null && callCloses != null && timeZone != null;
    }

    /** The call's first instant: 00:00 on its first day, in the promotion's time zone. */
    public Instant callOpensAt() {
        return callOpens.atStartOfDay(timeZone).toInstant();
    }

    /**
     * The last day a civil servant may leave their post and still apply: the day before the
     * cut-off day, since one still in post on that day may not (CND-2's remedy).
     *
     * @return the day, or null when the promotion gives no cut-off day
     */
    public java.time.LocalDate lastDayToLeaveThePost() {
        return publicServiceCutOff == null ? null : publicServiceCutOff.minusDays(1);
    }

    /** The call's last instant, inclusive. */
    public Instant callClosesAt() {
        return callCloses.toInstant();
    }

    /** Whether the file must hold a CV, in any format. */
    public boolean requiresCv() {
        return requiredDocuments != null && requiredDocuments.contains("cv");
    }

    /** Whether the file must hold a CV in PDF. */
    public boolean requiresCvPdf() {
        return requiredDocuments != null && requiredDocuments.contains("cvPdf");
    }

    /**
     * The CV field a file's documents leave out although the promotion asks for it: the CV in PDF
     * when one is required (it stands for the CV too), else the CV in any format; null when none is
     * missing.
     */
    public String cvMissingFrom(CandidacyDocuments documents) {
        if (requiresCvPdf() && !documents.hasCvPdf()) {
            return "documents.cvPdf";
        }
        if (requiresCv() && !documents.hasCv()) {
            return "documents.cv";
        }
        return null;
    }

    /** Whether the file must hold the motivation text. */
    public boolean requiresMotivation() {
        return requiredDocuments != null && requiredDocuments.contains("motivation");
    }

    /** Whether the file must hold any document at all. */
    public boolean requiresDocuments() {
        return requiredDocuments != null && !requiredDocuments.isEmpty();
    }

    private static <T> T value(PromotionParameters p, String key, Function<String, T> parse) {
        Parameter parameter = p.parameters().get(key);
        return parameter == null ? null : parse.apply(parameter.value());
    }

    // ParameterFiles keeps a list as its items joined by ", "; CandidateKeys refuses items with a comma.
    private static List<String> items(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(", "));
    }
}
