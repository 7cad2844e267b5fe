package org.eigrules.testkit;

import org.eigrules.EigRules;
import org.eigrules.validation.Violation;
import org.eigrules.decision.AmountRange;
import org.eigrules.decision.CoFinancing;
import org.eigrules.decision.Decision;
import org.eigrules.decision.Note;
import org.eigrules.model.Application;
import org.eigrules.model.BodyKind;
import org.eigrules.model.Eig;
import org.eigrules.model.ExperienceBand;
import org.eigrules.model.Funding;
import org.eigrules.model.FundingCarrier;
import org.eigrules.model.FundingMode;
import org.eigrules.model.Host;
import org.eigrules.model.OperationalMentor;
import org.eigrules.promotion.PromotionParameters;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Co-financing properties of the promotion 4 and 5 calls (programme 352), checked with
 * QuickTheories over {@link LaterCallGenerators}' files: the money adds up, a promotion 5 range
 * holds every grant its unstated bands could give, no money reaches a body that may not receive
 * it, a self-funded défi gets nothing, and a field of another promotion is refused.
 *
 * <pre>{@code
 * LaterCallInvariants.of(EigRules.builtIn(), 5).checkAll();
 * }</pre>
 *
 * Each method throws an {@link AssertionError} naming the invariant, the smallest counterexample
 * QuickTheories found and the seed to replay it; {@link #checkAll()} reports every one that fails.
 * What may receive the money is the policy's statement (FIN-7 … FIN-9, FIN-12), written here
 * rather than read from the parameter file, so that a wrong list there is caught too.
 */
public final class LaterCallInvariants {

    /** FIN-7: the bodies that may hold a payroll budget programme. */
    private static final Set<BodyKind> PROGRAMME_HOLDERS = EnumSet.of(BodyKind.MINISTRY,
            BodyKind.CENTRAL_ADMINISTRATION, BodyKind.INDEPENDENT_AUTHORITY);
    /** FIN-8: an operator or devolved service is paid through its ministry only. */
    private static final Set<BodyKind> THROUGH_MINISTRY = EnumSet.of(BodyKind.STATE_OPERATOR,
            BodyKind.DEVOLVED_STATE_SERVICE);
    private static final Set<BodyKind> MINISTRIES = EnumSet.of(BodyKind.MINISTRY, BodyKind.CENTRAL_ADMINISTRATION);

    private final EigRules rules;
    private final PromotionParameters parameters;
    private final int examples;
    private final Long seed;

    private LaterCallInvariants(EigRules rules, int promotion, int examples, Long seed) {
        if (!rules.promotions().contains(promotion)) {
            throw new IllegalArgumentException("the rule set does not evaluate promotion " + promotion
                    + "; it evaluates " + rules.promotions());
        }
        if (!LaterCallGenerators.laterCall(rules.parameters(promotion))) {
            throw new IllegalArgumentException("these invariants are those of calls funded by programme 352 "
                    + "(funding.grantMonths), not promotion " + promotion + "'s: use PolicyInvariants");
        }
        this.rules = rules;
        this.parameters = rules.parameters(promotion);
        this.examples = examples;
        this.seed = seed;
    }

    /** The invariants of {@code rules} on promotion 4 or 5, 1,000 examples each. */
    public static LaterCallInvariants of(EigRules rules, int promotion) {
        return new LaterCallInvariants(rules, promotion, 1000, null);
    }

    /** How many generated examples each invariant tries. */
    public LaterCallInvariants withExamples(int examples) {
        return new LaterCallInvariants(rules, parameters.promotion(), examples, seed);
    }

    /** A fixed seed, to replay a failure or make a run repeatable. */
    public LaterCallInvariants withSeed(long seed) {
        return new LaterCallInvariants(rules, parameters.promotion(), examples, seed);
    }

    private <T> void forAll(String invariant, Gen<T> gen, Consumer<T> check) {
        QuickTheory qt = QuickTheory.qt().withExamples(examples);
        try {
            (seed == null ? qt : qt.withFixedSeed(seed)).forAll(gen).checkAssert(check);
        } catch (AssertionError e) {
            throw new AssertionError(invariant + ": " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(message, args));
        }
    }

    private Gen<Application> applications() {
        return LaterCallGenerators.applications(parameters).mix(LaterCallGenerators.eligibleApplications(parameters), 50);
    }

    private boolean bands() {
        return LaterCallGenerators.bands(parameters);
    }

    // --- the money adds up ----------------------------------------------------------------

    /**
     * Grant plus host equals the total to the cent — each bound for ranges (the total of every
     * unstated EIG in the cheaper band, then in the dearer) — amounts have scale 2 and are never
     * negative, and the grant never exceeds the programme's months of the total.
     */
    public void amountsAddUp() {
        forAll("grant plus host equals the total (each bound for ranges)", applications(), a -> {
            CoFinancing co = rules.evaluate(a).coFinancing();
            BigDecimal[] totals = totals(a);
            if (totals == null) {
                return; // no total to share: nothing to add up
            }
            if (totals[0].compareTo(totals[1]) == 0) {
                require(co.grantRange() == null && co.hostRange() == null, "ranges %s / %s for an exact total of %s",
                        co.grantRange(), co.hostRange(), totals[0]);
                exact(co.grantAmount(), co.hostAmount(), totals[0], co);
            } else {
                require(co.hostRange() != null && co.hostAmount() == null, "no host range (host amount %s) for a total "
                        + "between %s and %s", co.hostAmount(), totals[0], totals[1]);
                AmountRange grant = co.granted() ? co.grantRange() : new AmountRange(co.grantAmount(), co.grantAmount());
                require(grant != null && grant.min() != null, "granted %s without a grant range", co.granted());
                exact(grant.min(), co.hostRange().min(), totals[0], co);
                exact(grant.max(), co.hostRange().max(), totals[1], co);
            }
        });
    }

    private void exact(BigDecimal grant, BigDecimal host, BigDecimal total, CoFinancing co) {
        require(grant != null && host != null, "amounts missing for a total of %s: %s", total, co);
        require(grant.scale() == 2 && host.scale() == 2, "amounts %s / %s are not to the cent", grant, host);
        require(grant.signum() >= 0 && host.signum() >= 0, "a negative amount: %s / %s", grant, host);
        require(grant.add(host).compareTo(total) == 0, "grant %s + host %s differs from the total %s", grant, host, total);
        BigDecimal most = total.multiply(BigDecimal.valueOf(parameters.grantMonths()))
                .divide(BigDecimal.valueOf(parameters.contractMonths()), 2, java.math.RoundingMode.HALF_UP)
                .add(bands() ? new BigDecimal("0.01").multiply(BigDecimal.valueOf(parameters.maxEigs())) : BigDecimal.ZERO);
        require(grant.compareTo(most) <= 0, "grant %s exceeds %d of %d months of %s", grant, parameters.grantMonths(),
                parameters.contractMonths(), total);
    }

    /**
     * The total employer cost, {least, most}: in promotion 4 the file's total twice; in promotion 5
     * the band costs summed with every unstated EIG in the cheaper, then the dearer band. Null when
     * a cost it needs, or the EIG list, is not given.
     */
    private BigDecimal[] totals(Application a) {
        Funding f = a.funding();
        if (f == null) {
            return null;
        }
        if (!bands()) {
            return f.totalEmployerCost() == null ? null : new BigDecimal[]{f.totalEmployerCost(), f.totalEmployerCost()};
        }
        if (a.eigs() == null || a.eigs().isEmpty() || f.employerCostUpTo5Years() == null
                || f.employerCostOver5Years() == null) {
            return null;
        }
        BigDecimal cheap = f.employerCostUpTo5Years().min(f.employerCostOver5Years());
        BigDecimal dear = f.employerCostUpTo5Years().max(f.employerCostOver5Years());
        BigDecimal least = BigDecimal.ZERO.setScale(2);
        BigDecimal most = BigDecimal.ZERO.setScale(2);
        for (Eig e : a.eigs()) {
            least = least.add(e.experienceBand() == null ? cheap : f.employerCostIn(e.experienceBand()));
            most = most.add(e.experienceBand() == null ? dear : f.employerCostIn(e.experienceBand()));
        }
        return new BigDecimal[]{least, most};
    }

    // --- a promotion 5 range holds every assignment of the unstated bands -----------------

    /**
     * Promotion 5: whatever bands the unstated EIGs turn out to have, the same file with those
     * bands filled in gets a grant (and a host share) within the ranges the decision gave, and the
     * same verdict and whether money is granted.
     */
    public void rangesHoldEveryAssignmentOfBands() {
        if (!bands()) {
            throw new IllegalStateException("experience bands exist in promotion 5 only, not in promotion "
                    + parameters.promotion());
        }
        // The first EIG's band is left unstated, so that most generated files have a range to check
        // (filtering them instead made QuickTheories give up on some seeds).
        Gen<Application> withAnUnstatedBand = applications().map(a -> a.eigs() == null || a.eigs().isEmpty()
                || a.eigs().get(0) == null ? a : Applications.with(a, "eigs[0].experienceBand", null));
        forAll("a promotion 5 range holds the exact grant of every assignment of the unstated bands", withAnUnstatedBand
                .assuming(a -> a.eigs() != null && a.eigs().stream().anyMatch(e -> e.experienceBand() == null)), a -> {
            Decision ranged = rules.evaluate(a);
            CoFinancing co = ranged.coFinancing();
            for (Application filled : assignments(a)) {
                Decision exact = rules.evaluate(filled);
                CoFinancing e = exact.coFinancing();
                if (co.hostRange() == null && co.hostAmount() == null) {
                    continue; // no amounts: a cost is missing
                }
                require(e.granted() == co.granted(), "with the bands %s granted is %s, with them unstated %s",
                        bands(filled), e.granted(), co.granted());
                require(e.grantRange() == null && e.hostRange() == null, "every band stated (%s), yet ranges %s / %s",
                        bands(filled), e.grantRange(), e.hostRange());
                AmountRange grant = co.grantRange() != null ? co.grantRange()
                        : new AmountRange(co.grantAmount(), co.grantAmount());
                AmountRange host = co.hostRange() != null ? co.hostRange()
                        : new AmountRange(co.hostAmount(), co.hostAmount());
                require(grant.contains(e.grantAmount()), "with the bands %s the grant is %s, outside the range %s",
                        bands(filled), e.grantAmount(), grant);
                require(host.contains(e.hostAmount()), "with the bands %s the host pays %s, outside the range %s",
                        bands(filled), e.hostAmount(), host);
            }
        });
    }

    /** The file with every unstated band filled in, every way (two bands, at most 2^3 ways). */
    private static List<Application> assignments(Application a) {
        List<Integer> unstated = new ArrayList<>();
        for (int i = 0; i < a.eigs().size(); i++) {
            if (a.eigs().get(i).experienceBand() == null) {
                unstated.add(i);
            }
        }
        List<Application> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << unstated.size(); mask++) {
            Application filled = a;
            for (int j = 0; j < unstated.size(); j++) {
                filled = Applications.with(filled, "eigs[" + unstated.get(j) + "].experienceBand",
                        (mask >> j & 1) == 0 ? ExperienceBand.UP_TO_5_YEARS : ExperienceBand.OVER_5_YEARS);
            }
            out.add(filled);
        }
        return out;
    }

    private static List<ExperienceBand> bands(Application a) {
        return a.eigs().stream().map(Eig::experienceBand).toList();
    }

    // --- who may receive the money --------------------------------------------------------

    /**
     * Money goes only to a valid recipient: a named funding carrier, or the host itself when none
     * is named; that body may hold a payroll programme (a ministry or central administration for an
     * operator or devolved service) and gives one — or belongs to the economic and financial
     * ministries, paid without a programme of their own (FIN-12).
     */
    public void noMoneyWithoutAValidRecipient() {
        // Mostly eligible files, where money flows, with the host and carrier drawn anew: every route and wrong one.
        Gen<Application> all = LaterCallGenerators.eligibleApplications(parameters).mix(applications(), 20);
        Gen<BodyKind> kinds = EigGenerators.bodyKinds();
        Gen<BodyKind> hostKinds = arbitrary().pick(List.copyOf(parameters.eligibleHostKinds())).mix(kinds, 10);
        Gen<Application> gen = in -> {
            Application a = all.generate(in);
            if (integers().between(1, 5).generate(in) == 1 || a.host() == null) {
                return a;
            }
            Host h = a.host();
            a = Applications.with(a, "host", new Host(h.name(), hostKinds.generate(in), null,
                    EigGenerators.sometimesAbsent(LaterCallGenerators.budgetProgrammes(), 3).generate(in),
                    EigGenerators.sometimesAbsent(EigGenerators.mostly(20), 2).generate(in), h.parisRegion()));
            return integers().between(1, 4).generate(in) == 1 ? Applications.without(a, "fundingCarrier")
                    : Applications.with(a, "fundingCarrier", new FundingCarrier("Porteur", kinds.generate(in),
                    EigGenerators.sometimesAbsent(LaterCallGenerators.budgetProgrammes(), 4).generate(in),
                    EigGenerators.sometimesAbsent(EigGenerators.mostly(20), 2).generate(in)));
        };
        forAll("no money without a valid recipient", gen, a -> {
            CoFinancing co = rules.evaluate(a).coFinancing();
            if (!co.granted()) {
                require(co.recipient() == null, "nothing granted, yet a recipient %s", co.recipient());
                require(co.grantAmount() == null || co.grantAmount().signum() == 0, "nothing granted, yet %s",
                        co.grantAmount());
                return;
            }
            require(a.funding() != null && a.funding().mode() == FundingMode.CO_FINANCED, "granted without a request");
            Host host = a.host();
            FundingCarrier carrier = a.fundingCarrier();
            require(host != null && host.kind() != null, "granted while the host is unknown");
            if (carrier == null) {
                require(co.recipient() != null && co.recipient().equals(host.name()), "no carrier, yet %s is paid, not "
                        + "the host %s", co.recipient(), host.name());
                require(PROGRAMME_HOLDERS.contains(host.kind()), "a %s host paid directly", host.kind());
                boolean efm = Boolean.TRUE.equals(host.economicAndFinancialMinistries());
                require(efm || host.payrollBudgetProgramme() != null,
                        "host %s paid directly with programme %s (economic and financial ministries: %s)", host.kind(),
                        host.payrollBudgetProgramme(), host.economicAndFinancialMinistries());
            } else {
                require(carrier.name().equals(co.recipient()), "carrier %s named, yet %s is paid", carrier.name(),
                        co.recipient());
                Set<BodyKind> may = THROUGH_MINISTRY.contains(host.kind()) ? MINISTRIES : PROGRAMME_HOLDERS;
                require(may.contains(carrier.kind()), "a %s carrier paid for a %s host", carrier.kind(), host.kind());
                boolean efm = Boolean.TRUE.equals(carrier.economicAndFinancialMinistries());
                require(efm || carrier.payrollBudgetProgramme() != null,
                        "carrier %s paid with programme %s (economic and financial ministries: %s)", carrier.kind(),
                        carrier.payrollBudgetProgramme(), carrier.economicAndFinancialMinistries());
            }
        });
    }

    /** A self-funded défi gets nothing — no recipient, a zero grant, no range of grant — and FIN-5 says so. */
    public void selfFundedGetsNothing() {
        Gen<Application> gen = applications().assuming(a -> a.funding() != null)
                .map(a -> Applications.with(Applications.with(a, "funding.mode", FundingMode.SELF_FUNDED),
                        "funding.requestedAmount", null));
        forAll("a self-funded défi gets nothing", gen, a -> {
            CoFinancing co = rules.evaluate(a).coFinancing();
            require(!co.granted() && co.recipient() == null && co.grantRange() == null,
                    "self-funded, yet granted %s to %s (range %s)", co.granted(), co.recipient(), co.grantRange());
            require(co.grantAmount() == null || co.grantAmount().signum() == 0, "self-funded, yet a grant of %s",
                    co.grantAmount());
            require(co.notes().stream().map(Note::clause).anyMatch("FIN-5"::equals), "self-funded, notes %s",
                    co.notes().stream().map(Note::clause).toList());
        });
    }

    // --- fields of another promotion ------------------------------------------------------

    /** A field, the promotions that use it, and a value to give it. */
    private record ForeignField(String path, Set<Integer> promotions, Object value) {
    }

    private static final List<ForeignField> FIELDS = List.of(
            new ForeignField("funding.mode", Set.of(3), FundingMode.PIA),
            new ForeignField("funding.requestedPiaAmount", Set.of(3), new BigDecimal("1000.00")),
            new ForeignField("funding.totalEmployerCost", Set.of(3, 4), new BigDecimal("90000.00")),
            new ForeignField("funding.requestedAmount", Set.of(3, 4), new BigDecimal("1000.00")),
            new ForeignField("funding.employerCostUpTo5Years", Set.of(5), new BigDecimal("45000.00")),
            new ForeignField("funding.employerCostOver5Years", Set.of(5), new BigDecimal("50000.00")),
            new ForeignField("eigs[0].experienceBand", Set.of(5), ExperienceBand.OVER_5_YEARS),
            new ForeignField("challenge.techGouvStakes", Set.of(4), true),
            new ForeignField("challenge.digitalLawStakes", Set.of(5), true),
            new ForeignField("host.parisRegion", Set.of(5), false),
            new ForeignField("host.payrollBudgetProgramme", Set.of(4, 5), "166"),
            new ForeignField("host.economicAndFinancialMinistries", Set.of(4, 5), true),
            new ForeignField("mentors.secondOperational", Set.of(4, 5), new OperationalMentor("Sacha Durand", null)),
            new ForeignField("commitments.accessibility", Set.of(4, 5), true));

    /**
     * A file that gives a field of another promotion is invalid, with a violation at that field's
     * path: tried on this promotion's files and on promotion 3's (through {@link EigGenerators}).
     */
    public void fieldsOfAnotherPromotionAreRefused() {
        Gen<Application> own = LaterCallGenerators.eligibleApplications(parameters);
        Gen<Application> p3 = rules.promotions().contains(3)
                ? EigGenerators.eligibleApplications(rules.parameters(3)) : own;
        Gen<Application> files = own.mix(p3, 30);
        Gen<ForeignField> fields = arbitrary().pick(FIELDS);
        Gen<Object[]> gen = in -> {
            Application a = files.generate(in);
            List<ForeignField> foreign = FIELDS.stream().filter(f -> !f.promotions().contains(a.promotion())).toList();
            ForeignField field = foreign.isEmpty() ? fields.generate(in) : arbitrary().pick(foreign).generate(in);
            return new Object[]{a, field};
        };
        forAll("a field of another promotion is refused", gen, pair -> {
            Application a = (Application) pair[0];
            ForeignField field = (ForeignField) pair[1];
            if (field.promotions().contains(a.promotion())) {
                return;
            }
            Application given = Applications.with(a, field.path(), field.value());
            if (field.path().equals("funding.requestedAmount") || field.path().equals("funding.requestedPiaAmount")) {
                given = Applications.with(given, "funding.mode", FundingMode.CO_FINANCED);
            }
            List<Violation> violations = rules.violations(given);
            require(violations.stream().anyMatch(v -> v.path().equals(field.path())),
                    "promotion %d file with %s = %s: violations %s", a.promotion(), field.path(), field.value(), violations);
        });
    }

    /** The invariants by name, in the order {@link #checkAll()} runs them. */
    public Map<String, Runnable> invariants() {
        Map<String, Runnable> all = new LinkedHashMap<>();
        all.put("amountsAddUp", this::amountsAddUp);
        if (bands()) {
            all.put("rangesHoldEveryAssignmentOfBands", this::rangesHoldEveryAssignmentOfBands);
        }
        all.put("noMoneyWithoutAValidRecipient", this::noMoneyWithoutAValidRecipient);
        all.put("selfFundedGetsNothing", this::selfFundedGetsNothing);
        all.put("fieldsOfAnotherPromotionAreRefused", this::fieldsOfAnotherPromotionAreRefused);
        return all;
    }

    /** Runs every invariant and reports each one that fails, not only the first. */
    public void checkAll() {
        InvariantRun.all(invariants());
    }
}
