package org.eigrules.testkit;

import org.eigrules.candidacy.Applicant;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidacyDocuments;
import org.eigrules.candidacy.CandidacyKind;
import org.eigrules.engine.candidacy.CandidateParameters;
import org.eigrules.candidacy.PublicService;
import org.eigrules.candidacy.Studies;
import org.eigrules.model.DefiName;
import org.quicktheories.core.Gen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories generators for candidacies to a promotion's call for candidates, reading every
 * value from its {@link CandidateParameters}: eligible candidacies, candidacies broken on exactly
 * one clause, and values at the limits (the window's instants ±1 s in several offsets, the
 * public-service cut-off day ±1, the choice limit ±1). Choices are drawn from what the promotion
 * offers, under any of an offer's spellings and written with typographic variants (case,
 * apostrophes, dashes, spaces, decomposed accents) that name it all the same; the candidacies of
 * every verdict add a name off the list.
 */
public final class CandidacyGenerators {

    private CandidacyGenerators() {
    }

    /**
     * A value at a limit, and whether it lies on the allowed side.
     *
     * @param value   the value
     * @param allowed true when a candidacy with it meets the clause
     * @param <T>     the value's type
     */
    public record AtLimit<T>(T value, boolean allowed) {
    }

    /**
     * A candidacy that meets every clause, and the same one broken on exactly one.
     *
     * @param original the eligible candidacy
     * @param broken   the same, failing only {@code clause}
     * @param clause   the clause broken
     */
    public record Broken(Candidacy original, Candidacy broken, String clause) {
    }

    /** The clauses {@link #failingExactly} can break in a promotion. */
    public static List<String> breakableClauses(CandidateParameters p) {
        List<String> clauses = new ArrayList<>(List.of("CND-1", "CND-2", "CND-3"));
        if (p.excludedStudies() != null && !p.excludedStudies().isEmpty()) {
            clauses.add("CND-4");
        }
        if (p.maxChoices() != null) {
            clauses.add("CND-5");
        }
        clauses.add("CND-6");
        return clauses;
    }

    /** The opening and closing instants and one second either side, in every offset of {@link EigGenerators#OFFSETS}. */
    public static Gen<AtLimit<OffsetDateTime>> receiptTimesAtTheWindowLimits(CandidateParameters p) {
        List<AtLimit<Instant>> instants = List.of(new AtLimit<>(p.callOpensAt(), true),
                new AtLimit<>(p.callOpensAt().minusSeconds(1), false), new AtLimit<>(p.callClosesAt(), true),
                new AtLimit<>(p.callClosesAt().plusSeconds(1), false));
        return arbitrary().pick(instants).zip(arbitrary().pick(EigGenerators.OFFSETS),
                (limit, offset) -> new AtLimit<>(limit.value().atOffset(offset), limit.allowed()));
    }

    /** The day before the public-service cut-off (allowed for a leaving civil servant), the day itself and the day after. */
    public static Gen<AtLimit<LocalDate>> leavingDaysAroundTheCutOff(CandidateParameters p) {
        LocalDate day = p.publicServiceCutOff();
        return arbitrary().pick(List.of(new AtLimit<>(day.minusDays(1), true), new AtLimit<>(day, false),
                new AtLimit<>(day.plusDays(1), false)));
    }

    /** The most choices allowed, one fewer and one more. */
    public static Gen<AtLimit<Integer>> choiceCountsAroundTheLimit(CandidateParameters p) {
        int max = p.maxChoices();
        return arbitrary().pick(List.of(new AtLimit<>(max - 1, true), new AtLimit<>(max, true), new AtLimit<>(max + 1, false)));
    }

    /** A receipt time inside the window, in any offset. */
    public static Gen<OffsetDateTime> receiptTimesInside(CandidateParameters p) {
        long span = p.callClosesAt().getEpochSecond() - p.callOpensAt().getEpochSecond();
        return longs().between(0, span).zip(arbitrary().pick(EigGenerators.OFFSETS),
                (s, offset) -> p.callOpensAt().plusSeconds(s).atOffset(offset));
    }

    /** Candidacies that meet every clause of the promotion, with values that vary. */
    public static Gen<Candidacy> eligibleCandidacies(CandidateParameters p) {
        List<Studies> allowedStudies = Arrays.stream(Studies.values())
                .filter(s -> p.excludedStudies() == null || !p.excludedStudies().contains(s)).toList();
        Gen<PublicService> service = p.publicServiceCutOff() == null
                ? EigGenerators.oneOf(new PublicService(false, null))
                : integers().between(0, 2).zip(integers().between(1, 400), (kind, days) -> switch (kind) {
                    case 0 -> new PublicService(false, null);
                    case 1 -> new PublicService(true, p.publicServiceCutOff().minusDays(days));
                    default -> new PublicService(null, p.publicServiceCutOff().minusDays(days));
                });
        return receiptTimesInside(p).zip(service, arbitrary().pick(allowedStudies), choices(p),
                (at, ps, studies, choices) -> new Candidacy(CandidacyKind.CANDIDACY, p.promotion(), at,
                        new Applicant(true, "Camille Martin", null), ps, false, studies, choices, documents(p)));
    }

    /**
     * Well-formed candidacies of every verdict: each field may be absent, any value, a receipt
     * time from three days before the window to three days after it, leaving days around the
     * cut-off, choices from none to two beyond the limit, some not offered, some repeated.
     */
    public static Gen<Candidacy> candidacies(CandidateParameters p) {
        Instant from = p.callOpensAt().minusSeconds(3 * 24 * 3600L);
        long span = p.callClosesAt().getEpochSecond() - from.getEpochSecond() + 6 * 24 * 3600L;
        Gen<OffsetDateTime> at = EigGenerators.sometimesAbsent(longs().between(0, span)
                .zip(arbitrary().pick(EigGenerators.OFFSETS), (sec, offset) -> from.plusSeconds(sec).atOffset(offset)), 8);
        LocalDate day = p.publicServiceCutOff() != null ? p.publicServiceCutOff() : p.callOpens();
        Gen<PublicService> service = EigGenerators.sometimesAbsent(EigGenerators.sometimesAbsent(EigGenerators.mostly(50), 5)
                .zip(EigGenerators.sometimesAbsent(integers().between(-3, 3).map(d -> day.plusDays(d)), 2), PublicService::new), 8);
        Gen<Applicant> applicant = EigGenerators.sometimesAbsent(EigGenerators.sometimesAbsent(EigGenerators.mostly(85), 8)
                .map(natural -> new Applicant(natural, null, null)), 10);
        // Every spelling of every offer, so that two spellings of one offer are sometimes both chosen.
        List<String> pool = new ArrayList<>(p.allowedChoices() != null
                ? p.allowedChoices().spellings().stream().flatMap(List::stream).toList() : names(4));
        pool.add(OFF_THE_LIST);
        int most = p.maxChoices() == null ? 3 : p.maxChoices() + 2;
        Gen<List<String>> choices = EigGenerators.sometimesAbsent(integers().between(0, most)
                .zip(integers().between(0, pool.size() - 1), integers().between(1, pool.size()),
                        integers().between(0, Integer.MAX_VALUE), (n, start, step, seed) -> {
                    List<String> picked = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        picked.add(variant(pool.get((start + i * step) % pool.size()), seed + i));
                    }
                    return picked;
                }), 6);
        Gen<CandidacyDocuments> documents = EigGenerators.sometimesAbsent(EigGenerators.sometimesAbsent(EigGenerators.mostly(80), 6)
                .zip(EigGenerators.sometimesAbsent(EigGenerators.mostly(80), 6),
                        EigGenerators.sometimesAbsent(EigGenerators.mostly(80), 6), CandidacyDocuments::new), 10);
        Gen<Boolean> jury = EigGenerators.sometimesAbsent(EigGenerators.mostly(15), 10);
        Gen<Studies> studies = EigGenerators.sometimesAbsent(arbitrary().enumValues(Studies.class), 10);
        return at.zip(service, applicant, choices, (a, s, ap, ch) -> new Candidacy(CandidacyKind.CANDIDACY, p.promotion(),
                        a, ap, s, null, null, ch, null))
                .zip(jury, studies, documents, (c, j, st, d) -> new Candidacy(c.kind(), c.promotion(), c.receivedAt(),
                        c.applicant(), c.publicService(), j, st, c.choices(), d));
    }

    /** Eligible candidacies with the same ones broken on exactly one clause, any of {@link #breakableClauses}. */
    public static Gen<Broken> failingExactlyOne(CandidateParameters p) {
        return arbitrary().pick(breakableClauses(p)).flatMap(clause -> failingExactly(clause, p));
    }

    /** Eligible candidacies with the same ones broken on {@code clause} only. */
    public static Gen<Broken> failingExactly(String clause, CandidateParameters p) {
        Gen<Candidacy> eligible = eligibleCandidacies(p);
        return switch (clause) {
            case "CND-1" -> eligible.map(c -> broken(c, with(c, "applicant", new Applicant(false, null, null)), clause));
            case "CND-2" -> eligible.zip(arbitrary().pick(p.publicServiceCutOff() == null ? Arrays.asList((LocalDate) null)
                            : Arrays.asList(null, p.publicServiceCutOff(), p.publicServiceCutOff().plusDays(1))),
                    (c, day) -> broken(c, with(c, "publicService", new PublicService(true, day)), clause));
            case "CND-3" -> eligible.map(c -> broken(c, with(c, "jury", true), clause));
            case "CND-4" -> eligible.zip(arbitrary().pick(new ArrayList<>(p.excludedStudies())),
                    (c, studies) -> broken(c, with(c, "studies", studies), clause));
            case "CND-5" -> eligible.zip(integers().between(0, p.allowedChoices() == null ? 1 : 2),
                    integers().between(0, Integer.MAX_VALUE), (c, way, seed) -> broken(c, with(c, "choices", switch (way) {
                        case 0 -> tooMany(p);
                        case 1 -> namedTwice(c.choices(), p, seed);
                        default -> offTheList(c.choices());
                    }), clause));
            case "CND-6" -> eligible.zip(arbitrary().pick(List.of(p.callOpensAt().minusSeconds(1), p.callClosesAt().plusSeconds(1)))
                            .zip(arbitrary().pick(EigGenerators.OFFSETS), Instant::atOffset),
                    (c, at) -> broken(c, with(c, "receivedAt", at), clause));
            default -> throw new IllegalArgumentException(clause + " is not one of " + breakableClauses(p));
        };
    }

    private static Broken broken(Candidacy original, Candidacy broken, String clause) {
        return new Broken(original, broken, clause);
    }

    /** The same candidacy with one part replaced. */
    public static Candidacy with(Candidacy c, String part, Object value) {
        return new Candidacy(c.kind(), c.promotion(),
                part.equals("receivedAt") ? (OffsetDateTime) value : c.receivedAt(),
                part.equals("applicant") ? (Applicant) value : c.applicant(),
                part.equals("publicService") ? (PublicService) value : c.publicService(),
                part.equals("jury") ? (Boolean) value : c.juryMemberOrExpert(),
                part.equals("studies") ? (Studies) value : c.studiesAtStart(),
                part.equals("choices") ? castList(value) : c.choices(),
                part.equals("documents") ? (CandidacyDocuments) value : c.documents());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    /** A name no promotion offers, to choose off the list. */
    public static final String OFF_THE_LIST = "Hors liste";

    /** How many ways {@link #variant} writes a name. */
    private static final int VARIANTS = 8;

    /**
     * The name written another way that names the same thing (see {@code DefiName}): as it is, in
     * upper or lower case, with other apostrophes and dashes, with spaces around and no-break spaces
     * inside, with its accents decomposed (a letter and a combining accent).
     *
     * @param name a name
     * @param seed which way, any number
     * @return the variant; the name itself for a change of case that would change its letters (ß)
     */
    public static String variant(String name, int seed) {
        // Written from the policy's list, not checked with the library's folding, which it tests.
        boolean casesRoundTrip = name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
        return switch (Math.floorMod(seed, VARIANTS)) {
            case 1 -> casesRoundTrip ? name.toUpperCase(Locale.ROOT) : name;
            case 2 -> casesRoundTrip ? name.toLowerCase(Locale.ROOT) : name;
            case 3 -> name.replace('’', '\'').replace('-', '–');
            case 4 -> " " + name.replace(" ", "\u00A0 ") + "  ";
            case 5 -> Normalizer.normalize(name, Normalizer.Form.NFD);
            case 6 -> name.replace('\'', '’').replace('–', '—').replace('-', '—');
            default -> name;
        };
    }

    /** The offers a promotion's candidates choose among, each with its spellings; invented ones when any name goes. */
    public static List<List<String>> offers(CandidateParameters p, int whenAny) {
        return p.allowedChoices() != null ? p.allowedChoices().spellings()
                : names(whenAny).stream().map(List::of).toList();
    }

    private static Gen<List<String>> choices(CandidateParameters p) {
        if (p.maxChoices() == null) {
            return EigGenerators.oneOf((List<String>) null);
        }
        List<List<String>> offers = offers(p, p.maxChoices() + 2);
        // P5 chooses after pre-selection: no choice at all is allowed there, never below one elsewhere.
        // Distinct offers, each under one of its spellings, written one of the variant ways.
        return integers().between(1, Math.min(p.maxChoices(), offers.size())).zip(integers().between(0, offers.size() - 1),
                integers().between(0, Integer.MAX_VALUE), (n, start, seed) -> {
                    List<String> picked = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        List<String> spellings = offers.get((start + i) % offers.size());
                        picked.add(variant(spellings.get(Math.floorMod(seed + i, spellings.size())), seed / 2 + i));
                    }
                    return picked;
                });
    }

    private static List<String> tooMany(CandidateParameters p) {
        return new ArrayList<>(offers(p, p.maxChoices() + 1).stream().map(s -> s.get(0)).toList()
                .subList(0, p.maxChoices() + 1));
    }

    /** The first choice, then the same offer again under another of its spellings or another variant. */
    private static List<String> namedTwice(List<String> choices, CandidateParameters p, int seed) {
        String first = choices.get(0);
        List<String> spellings = p.allowedChoices() == null ? List.of(first)
                : p.allowedChoices().spellings().stream().filter(s -> s.stream().anyMatch(n -> DefiName.same(n, first)))
                .findFirst().orElse(List.of(first));
        return List.of(first, variant(spellings.get(Math.floorMod(seed, spellings.size())), seed / 2));
    }

    /** The same choices with the last one replaced by a name off the list. */
    private static List<String> offTheList(List<String> choices) {
        List<String> changed = new ArrayList<>(choices);
        changed.set(changed.size() - 1, OFF_THE_LIST);
        return changed;
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add("Défi " + i);
        }
        return names;
    }

    private static CandidacyDocuments documents(CandidateParameters p) {
        return new CandidacyDocuments(p.requiresCv() ? true : null, p.requiresCvPdf() ? true : null,
                p.requiresMotivation() ? true : null);
    }
}
