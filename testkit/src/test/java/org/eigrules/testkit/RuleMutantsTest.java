package org.eigrules.testkit;

import org.eigrules.authoring.RuleFolders;
import org.eigrules.EigRules;
import org.eigrules.ruleset.RuleSet;
import org.eigrules.model.Application;
import org.eigrules.oracle.DecisionComparison;
import org.eigrules.oracle.HandWrittenPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Proof that the properties bite: rule sets with one deliberate fault each — a dropped rule, a
 * flipped comparison, a changed rate or date — built through the rule-folder loading path, every
 * one of which the hand-written oracle or the invariants must catch. The build prints the count.
 */
class RuleMutantsTest {

    /** One fault: in {@code file}, {@code from} (which must occur exactly once) becomes {@code to}. */
    record Mutant(String name, String file, String from, String to) {
        static Mutant dropRule(String rule, String file) {
            return new Mutant("drop rule \"" + rule + "\"", file, null, rule);
        }
    }

    static final String CHALLENGE = "rules/challenge.drl";
    static final String COFINANCING = "rules/cofinancing.drl";
    static final String CALENDAR = "rules/file-and-calendar.drl";
    static final String P3 = "promotions/p3.yaml";

    static final List<Mutant> MUTANTS = List.of(
            Mutant.dropRule("ADM-1 the host is not a kind of body the call accepts", "rules/who-may-apply.drl"),
            Mutant.dropRule("CHL-1 whether the défi affects agents or users is not given", CHALLENGE),
            new Mutant("CHL-1 asks whether purely technical although the défi affects people", CHALLENGE,
                    "Challenge( purelyTechnical == null, impactsAgentsOrUsers != true,", "Challenge( purelyTechnical == null,"),
            new Mutant("CHL-2 > becomes >=", CHALLENGE, "durationMonths > $p.contractMonths", "durationMonths >= $p.contractMonths"),
            new Mutant("CHL-3 < becomes <=", CHALLENGE, "eigCount() < $p.minEigs", "eigCount() <= $p.minEigs"),
            Mutant.dropRule("CHL-4 a requested profile is not one the promotion recruits", CHALLENGE),
            new Mutant("CHL-5 same person negated", CHALLENGE, "Mentors( samePersonInBothRoles() == true )",
                    "Mentors( samePersonInBothRoles() == false )"),
            new Mutant("CHL-6 < becomes <=", CHALLENGE, "mostDistinctTeamRoles() < $p.minProjectTeamRoles",
                    "mostDistinctTeamRoles() <= $p.minProjectTeamRoles"),
            new Mutant("CHL-6 asks for roles the known ones make needless", CHALLENGE,
                    "distinctTeamRoles() < $p.minProjectTeamRoles, mostDistinctTeamRoles() >= $p.minProjectTeamRoles",
                    "mostDistinctTeamRoles() >= $p.minProjectTeamRoles"),
            new Mutant("COM-4 == false becomes == true", "rules/commitments.drl", "Commitments( offSiteWork == false )",
                    "Commitments( offSiteWork == true )"),
            Mutant.dropRule("COM-5 the host does not commit to open source and open data", "rules/commitments.drl"),
            new Mutant("CAL-1 closes one second early", CALENDAR, "isAfter($p.callClosesAt())",
                    "isAfter($p.callClosesAt().minusSeconds(1))"),
            new Mutant("DOC-1 > becomes >=", CALENDAR, "pitchSlides > $p.maxPitchSlides", "pitchSlides >= $p.maxPitchSlides"),
            Mutant.dropRule("DOC-1 the pitch deck is not in the file", CALENDAR),
            new Mutant("DOC-1 asks for the form although a long deck already fails", CALENDAR,
                    "Documents( detailedForm != true, pitchSlides == null || pitchSlides <= $p.maxPitchSlides )",
                    "Documents( detailedForm != true )"),
            Mutant.dropRule("FIN-1 a ministry or central administration may receive the PIA money itself", COFINANCING),
            new Mutant("FIN-2 a central administration may carry a local authority", COFINANCING,
                    "$c : FundingCarrier( kind memberOf $p.piaAgreementCarrierKinds )",
                    "$c : FundingCarrier( kind memberOf $p.piaCarrierKinds )"),
            new Mutant("FIN-3 <= becomes <", COFINANCING, "requested() <= $p.piaShareOf($total)",
                    "requested() < $p.piaShareOf($total)"),
            new Mutant("FIN-3 no cap", COFINANCING, "findings.grantPia($r.name(), share, $f.totalEmployerCost().subtract(share));",
                    "findings.grantPia($r.name(), $f.requested(), $f.totalEmployerCost().subtract($f.requested()));"),
            new Mutant("FIN-3 asks for the amount although FIN-1/FIN-2 refuse the money", COFINANCING,
                    "$f : Funding( coFinanced(), requested() == null )\n    not PiaRefused()",
                    "$f : Funding( coFinanced(), requested() == null )"),
            new Mutant("FIN-4 < becomes <=", COFINANCING, "totalEmployerCost < $p.leastPlausibleEmployerCost",
                    "totalEmployerCost <= $p.leastPlausibleEmployerCost"),
            Mutant.dropRule("FIN-5 a self-funded défi gets no programme money", COFINANCING),
            Mutant.dropRule("PRI-3 a défi that opens data or improves data governance", "rules/priorities.drl"),
            new Mutant("rate 0.70 becomes 0.75", P3, "    value: 0.70\n", "    value: 0.75\n"),
            new Mutant("closing 17:00 becomes 18:00", P3, "value: 2018-06-15T17:00:00", "value: 2018-06-15T18:00:00"),
            new Mutant("opening 4 May becomes 5 May", P3, "value: 2018-05-04", "value: 2018-05-05"),
            new Mutant("time zone Paris becomes UTC", P3, "value: Europe/Paris", "value: UTC"),
            new Mutant("contract 10 months becomes 11", P3, "    value: 10\n", "    value: 11\n"),
            new Mutant("at most 4 EIGs", P3, "    value: 3\n", "    value: 4\n"),
            new Mutant("salary 4000 becomes 3900", P3, "    value: 4000.00\n", "    value: 3900.00\n"),
            new Mutant("decks of 13 slides", P3, "    value: 12\n", "    value: 13\n"),
            new Mutant("digital law recruited", P3, "value: [DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS, STATISTICS, DATA_ENGINEERING]",
                    "value: [DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS, STATISTICS, DATA_ENGINEERING, DIGITAL_LAW]"),
            new Mutant("data engineering no longer recruited", P3,
                    "value: [DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS, STATISTICS, DATA_ENGINEERING]",
                    "value: [DEVELOPMENT, DESIGN, DATA_SCIENCE, GEOMATICS, STATISTICS]"),
            new Mutant("an independent authority without a ministry carrier is forgotten", COFINANCING,
                    "$h : Host( kind memberOf $p.piaAgreementKinds )\n    not FundingCarrier(",
                    "$h : Host( kind memberOf $p.piaAgreementKinds, kind != org.eigrules.model.BodyKind.INDEPENDENT_AUTHORITY )"
                            + "\n    not FundingCarrier("),
            new Mutant("an independent authority funded directly", P3,
                    "value: [MINISTRY, CENTRAL_ADMINISTRATION]\n    source:\n      fr: \"Cahier des charges EIG 3 (4 mai 2018), §3.1.1 : seul",
                    "value: [MINISTRY, CENTRAL_ADMINISTRATION, INDEPENDENT_AUTHORITY]\n    source:\n      fr: \"Cahier des charges EIG 3 (4 mai 2018), §3.1.1 : seul"),
            new Mutant("a ministry-carried local authority refused", P3, "    value: [MINISTRY]\n", "    value: [CENTRAL_ADMINISTRATION]\n"));

    /** A promotion 4 or 5 fault, and the one invariant of the kit's {@link LaterCallInvariants} that must catch it. */
    record LaterMutant(int promotion, String invariant, Mutant mutant) {
    }

    static final String P4 = "promotions/p4.yaml";

    static final List<LaterMutant> LATER_MUTANTS = List.of(
            new LaterMutant(5, "rangesHoldEveryAssignmentOfBands", new Mutant("FIN-11 a range's top counts the cheaper band", COFINANCING,
                    "java.math.BigDecimal most = $p.bandGrant($a, $f.dearerBand());",
                    "java.math.BigDecimal most = $p.bandGrant($a, $f.cheaperBand());")),
            new LaterMutant(5, "amountsAddUp", new Mutant("FIN-11 the host's range pairs the wrong bounds", COFINANCING,
                    "leastTotal.subtract(least), mostTotal.subtract(most));",
                    "leastTotal.subtract(most), mostTotal.subtract(least));")),
            new LaterMutant(4, "amountsAddUp", new Mutant("FIN-10 no cap at the programme's months", COFINANCING,
                    "findings.grant($r.name(), share, $f.totalEmployerCost().subtract(share));\n    findings.note(\"FIN-10.capped\"",
                    "findings.grant($r.name(), $f.requested(), $f.totalEmployerCost().subtract($f.requested()));\n"
                            + "    findings.note(\"FIN-10.capped\"")),
            new LaterMutant(5, "noMoneyWithoutAValidRecipient", new Mutant("FIN-9 any body with a programme carries a local authority", COFINANCING,
                    "Host( kind memberOf $p.agreementKinds )\n    $c : FundingCarrier( kind memberOf $p.directRecipientKinds, "
                            + "payrollBudgetProgramme != null,",
                    "Host( kind memberOf $p.agreementKinds )\n    $c : FundingCarrier( payrollBudgetProgramme != null,")),
            new LaterMutant(4, "noMoneyWithoutAValidRecipient", new Mutant("FIN-8 an operator carries another operator", P4,
                    "value: [MINISTRY, CENTRAL_ADMINISTRATION]\n", "value: [MINISTRY, CENTRAL_ADMINISTRATION, STATE_OPERATOR]\n")),
            new LaterMutant(5, "selfFundedGetsNothing", Mutant.dropRule("FIN-5 a self-funded défi gets no programme money", COFINANCING)));

    @TempDir
    Path work;

    @Test
    void every_deliberate_promotion_4_or_5_fault_is_caught_by_the_later_call_invariants() throws IOException {
        Path base = work.resolve("built-in");
        RuleSet.copyBuiltInFiles(base);
        List<String> report = new ArrayList<>();
        List<String> survivors = new ArrayList<>();
        int i = 0;
        for (LaterMutant later : LATER_MUTANTS) {
            Mutant mutant = later.mutant();
            Path folder = work.resolve("later-mutant-" + ++i);
            Path mutated = Path.of(mutant.file());
            copy(base.resolve(mutated.getParent()), folder.resolve(mutated.getParent()),
                    mutant.file().endsWith(".drl") ? null : mutated.getFileName());
            apply(mutant, folder);
            Runnable invariant = LaterCallInvariants.of(org.eigrules.authoring.RuleFolders.load(folder), later.promotion())
                    .withExamples(300).withSeed(45).invariants().get(later.invariant());
            String caughtBy = null;
            try {
                invariant.run();
            } catch (AssertionError e) {
                caughtBy = later.invariant();
            }
            report.add(String.format("  P%d %-64s %s", later.promotion(), mutant.name(),
                    caughtBy == null ? "SURVIVED" : "killed by " + caughtBy));
            if (caughtBy == null) {
                survivors.add(mutant.name());
            }
        }
        System.out.println("Promotion 4 and 5 rule mutants:\n" + String.join("\n", report));
        System.out.println("Promotion 4 and 5 mutants killed: " + (LATER_MUTANTS.size() - survivors.size()) + " of "
                + LATER_MUTANTS.size());
        assertThat(survivors).as("promotion 4 and 5 mutants no invariant caught").isEmpty();
    }

    @Test
    void every_deliberate_fault_is_caught_by_the_oracle_or_the_invariants() throws IOException {
        Path base = work.resolve("built-in");
        RuleSet.copyBuiltInFiles(base);
        List<Application> applications = applications();
        List<String> report = new ArrayList<>();
        List<String> survivors = new ArrayList<>();
        // Each mutant is a folder compiled and judged on its own: two at a time, one per core, the
        // report in the list's order whatever finishes first.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> judged = new ArrayList<>();
        try {
            int i = 0;
            for (Mutant mutant : MUTANTS) {
                Path folder = work.resolve("mutant-" + ++i);
                judged.add(pool.submit(() -> {
                    // A rule fault needs every rule file; a parameter fault only its file, over the built-in rules.
                    Path mutated = Path.of(mutant.file());
                    copy(base.resolve(mutated.getParent()), folder.resolve(mutated.getParent()),
                            mutant.file().endsWith(".drl") ? null : mutated.getFileName());
                    apply(mutant, folder);
                    return caughtBy(RuleFolders.load(folder), applications);
                }));
            }
            for (int m = 0; m < MUTANTS.size(); m++) {
                String caughtBy = judged.get(m).get();
                report.add(String.format("  %-70s %s", MUTANTS.get(m).name(),
                        caughtBy == null ? "SURVIVED" : "killed by " + caughtBy));
                if (caughtBy == null) {
                    survivors.add(MUTANTS.get(m).name());
                }
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("a mutant could not be judged", e);
        } finally {
            pool.shutdownNow();
        }
        System.out.println("Rule mutants:\n" + String.join("\n", report));
        System.out.println("Mutants killed: " + (MUTANTS.size() - survivors.size()) + " of " + MUTANTS.size());
        assertThat(survivors).as("mutants no property caught").isEmpty();
    }

    /** The same 3,000 generated applications for every mutant: drawn once, with a fixed seed. */
    static List<Application> applications() {
        List<Application> applications = new ArrayList<>();
        qt().withFixedSeed(2018).withExamples(3000).forAll(HandWrittenPolicyAgreementTest.everyKind(
                EigRules.builtIn().parameters(3))).checkAssert(applications::add);
        return applications;
    }

    /** Which check catches the rule set's difference from the policy, or null. */
    static String caughtBy(EigRules rules, List<Application> applications) {
        for (Application a : applications) {
            try {
                if (!DecisionComparison.differences(rules.evaluate(a), HandWrittenPolicy.decide(a)).isEmpty()) {
                    return "the oracle";
                }
            } catch (RuntimeException e) {
                return "the oracle (" + e.getClass().getSimpleName() + ")";
            }
        }
        try {
            PolicyInvariants.of(rules).withExamples(300).withSeed(2018).checkAll();
        } catch (AssertionError | RuntimeException e) {
            return "the invariants";
        }
        return null;
    }

    /** Copies a folder, or only the file named {@code only} in it. */
    private static void copy(Path from, Path to, Path only) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile)
                    .filter(f -> only == null || f.getFileName().equals(only)).toList()) {
                Path target = to.resolve(from.relativize(source));
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
    }

    private static void apply(Mutant mutant, Path folder) throws IOException {
        Path file = folder.resolve(mutant.file());
        String text = Files.readString(file);
        String changed;
        if (mutant.from() == null) {
            Matcher rule = Pattern.compile("(?ms)^rule \"" + Pattern.quote(mutant.to()) + "\".*?^end\\n").matcher(text);
            assertThat(rule.find()).as("rule %s in %s", mutant.to(), mutant.file()).isTrue();
            changed = rule.replaceFirst("");
        } else {
            assertThat(text.split(Pattern.quote(mutant.from()), -1)).as("'%s' in %s, exactly once", mutant.from(),
                    mutant.file()).hasSize(2);
            changed = text.replace(mutant.from(), mutant.to());
        }
        Files.writeString(file, changed);
    }
}
